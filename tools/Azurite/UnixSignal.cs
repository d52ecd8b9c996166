using System.Runtime.InteropServices;

namespace ChallengeHub.Azurite;

/// <summary>
/// Sends POSIX signals. .NET's <c>Process.Kill</c> only sends SIGKILL, which gives a process no chance to save; an orderly
/// stop needs SIGTERM or SIGINT, to one process or (with a negative id) to its whole process group.
/// </summary>
public static partial class UnixSignal
{
    public const int Interrupt = 2;
    public const int Kill = 9;
    public const int Terminate = 15;

    /// <summary>Sends <paramref name="signal"/> to process <paramref name="pid"/>; false when no such process exists (any more).</summary>
    public static bool Send(int pid, int signal) => NativeKill(pid, signal) == 0;

    /// <summary>Sends <paramref name="signal"/> to every process of the group led by <paramref name="leaderPid"/>, as Ctrl+C in a terminal does.</summary>
    public static bool SendToGroup(int leaderPid, int signal) => NativeKill(-leaderPid, signal) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int NativeKill(int pid, int signal);
}
