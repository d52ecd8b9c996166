using ChallengeHub.Benchmark;

namespace ChallengeHub.Silo.Tests.Durability;

/// <summary>
/// A milestone is answered 2xx, the Silo process is stopped 0-200 ms later, and a restart on the same data directory must
/// list it and show it on the wall; round after round on the same data. The benchmark tool runs the 20-round version
/// (<c>restart --rounds 20</c>); here two rounds keep the suite short.
/// </summary>
public sealed class RestartTests
{
    private const int Rounds = 2;

    [Fact]
    public async Task AMilestoneAnsweredJustBeforeSigtermToTheSiloIsListedAndOnTheWallAfterARestart()
    {
        var result = await RestartRun.RunAsync(Rounds, ctrlC: false, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Format());
    }

    [Fact]
    public async Task AMilestoneAnsweredJustBeforeCtrlCIsListedAndOnTheWallAfterARestart()
    {
        var result = await RestartRun.RunAsync(Rounds, ctrlC: true, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Format());
    }
}
