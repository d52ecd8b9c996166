using ChallengeHub.Silo.Live;

namespace ChallengeHub.Silo.Tests.Showcase;

public sealed class ShowcaseWatchersTests
{
    private static readonly Guid Challenge = Guid.NewGuid();

    [Fact]
    public void AShowcaseIsWatchedUntilTheLastOfItsConnectionsClosesAndAConnectionWatchingTwiceCountsOnce()
    {
        var watchers = new ShowcaseWatchers();

        watchers.Add("a", Challenge);
        watchers.Add("a", Challenge);
        watchers.Add("b", Challenge);
        watchers.Disconnected("a");
        var afterFirstClosed = watchers.AnyWatch(Challenge);
        watchers.Disconnected("b");

        Assert.True(afterFirstClosed);
        Assert.False(watchers.AnyWatch(Challenge));
    }

    [Fact]
    public void ARefusedWatchLeavesTheShowcaseUnwatchedAndOtherChallengesAreNotConcerned()
    {
        var watchers = new ShowcaseWatchers();
        var other = Guid.NewGuid();

        watchers.Add("a", Challenge);
        watchers.Add("a", other);
        watchers.Remove("a", Challenge);

        Assert.False(watchers.AnyWatch(Challenge));
        Assert.True(watchers.AnyWatch(other));
        Assert.False(watchers.AnyWatch(Guid.NewGuid()));
    }
}
