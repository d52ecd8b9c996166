namespace ChallengeHub.Grains.Badges.Credentials;

public sealed class BadgeLocatorGrain(
    [PersistentState("badgeLocation", Constants.StorageName)] IPersistentState<BadgeLocatorState> state) : LocatorGrain<BadgeLocatorState>(state), IBadgeLocatorGrain;

[GenerateSerializer, Alias("BadgeLocatorState")]
public sealed class BadgeLocatorState : ILocatorState
{
    [Id(0)]
    public BadgeLocation? Location { get; set; }
}
