using System.Diagnostics;

namespace ChallengeHub.Benchmark;

/// <summary>
/// The bare baseline app (<see cref="BareServer"/>) in a child process, started from this tool's own assembly with <c>bare-serve</c>:
/// its CPU time is then its own, apart from the generator's, and can be set against the Silo's per milestone.
/// </summary>
internal sealed class BareProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BareProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public int Pid => _process.Id;

    public static async Task<BareProcess> StartAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(BareServer).Assembly.Location);
        start.ArgumentList.Add("bare-serve");
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bare baseline app did not start.");
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken)
            ?? throw new InvalidOperationException("The bare baseline app ended before it printed its address.");
        return new BareProcess(process, new Uri(line));
    }

    /// <summary>Closes the child's standard input, which stops it, and waits for it to end.</summary>
    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
