using ChallengeHub.Grains.Challenges;
using ChallengeHub.Silo.Walls;

namespace ChallengeHub.Silo.Tests.Walls;

public sealed class WallRetentionTests
{
    private static readonly DateTimeOffset ClosedAt = new(2026, 5, 20, 16, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ChallengeStatus.Draft, 0, false)]
    [InlineData(ChallengeStatus.Open, 0, true)]
    [InlineData(ChallengeStatus.Running, 0, true)]
    [InlineData(ChallengeStatus.Showcase, 0, true)]
    [InlineData(ChallengeStatus.Closed, 0, true)]
    [InlineData(ChallengeStatus.Closed, 29, true)]
    [InlineData(ChallengeStatus.Closed, 30, false)]
    [InlineData(ChallengeStatus.Closed, 400, false)]
    public void AWallIsPublicFromOpeningUntilTheRetentionAfterClosingEnds(ChallengeStatus status, int daysAfterClosing, bool isPublic)
    {
        var challenge = new ChallengeDetails(Guid.NewGuid(), "Elektro Challenge", Sector.Electro, status, [],
            Closing: status == ChallengeStatus.Closed ? new ClosingDecision(ClosedAt, false, null, []) : null);

        Assert.Equal(isPublic, WallAccess.IsPublic(challenge, new WallSettings(), ClosedAt.AddDays(daysAfterClosing)));
    }

    [Fact]
    public void ARetentionOfZeroDaysEndsThePublicWallAtClosing() =>
        Assert.False(WallAccess.IsPublic(new ChallengeDetails(Guid.NewGuid(), "Bouwschoolaward", Sector.Construction, ChallengeStatus.Closed, [],
            Closing: new ClosingDecision(ClosedAt, false, null, [])), new WallSettings { PublicDaysAfterClosing = 0 }, ClosedAt));
}
