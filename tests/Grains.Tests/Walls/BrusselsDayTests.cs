using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Walls;

public sealed class BrusselsDayTests
{
    [Theory]
    [InlineData("2026-03-14T22:59:59Z", "2026-03-14", "2026-03-14T23:00:00Z")]
    [InlineData("2026-03-14T23:00:00Z", "2026-03-15", "2026-03-15T23:00:00Z")]
    [InlineData("2026-03-29T12:00:00Z", "2026-03-29", "2026-03-29T22:00:00Z")]
    [InlineData("2026-10-24T22:30:00Z", "2026-10-25", "2026-10-25T23:00:00Z")]
    public void TheDayStartsAndEndsAtMidnightInBrusselsAlsoWhenSummerTimeChanges(string moment, string day, string endsAt)
    {
        var today = BrusselsDay.Of(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), today);
        Assert.Equal(DateTimeOffset.Parse(endsAt, System.Globalization.CultureInfo.InvariantCulture), BrusselsDay.EndOf(today));
    }
}
