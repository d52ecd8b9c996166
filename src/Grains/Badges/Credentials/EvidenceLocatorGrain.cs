namespace ChallengeHub.Grains.Badges.Credentials;

public sealed class EvidenceLocatorGrain(
    [PersistentState("evidenceLocation", Constants.StorageName)] IPersistentState<EvidenceLocatorState> state) : LocatorGrain<EvidenceLocatorState>(state), IEvidenceLocatorGrain;

[GenerateSerializer, Alias("EvidenceLocatorState")]
public sealed class EvidenceLocatorState : ILocatorState
{
    [Id(0)]
    public BadgeLocation? Location { get; set; }
}
