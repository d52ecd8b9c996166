namespace ChallengeHub.Silo.Tests.Access;

/// <summary>The system clock moved forward by <see cref="Offset"/>: lets a test see an invite expire without waiting days.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
