namespace ChallengeHub.Grains.Walls;

/// <summary>
/// The calendar day as people at a Flemish event live it: "today" on the wall starts at midnight in Brussels, whatever the
/// silo's own time zone, and a day around a change of summer time is 23 or 25 hours long.
/// </summary>
public static class BrusselsDay
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateOnly Of(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    /// <summary>Midnight in Brussels at the end of <paramref name="day"/>, in UTC. Summer time never changes at midnight there.</summary>
    public static DateTimeOffset EndOf(DateOnly day)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
