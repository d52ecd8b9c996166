using System.Collections.Immutable;

namespace ChallengeHub.Grains.Accounts;

/// <summary>
/// A staff account (organiser, coach, juror, employer). <paramref name="ChallengeIds"/> are the challenges it works in: an
/// organiser's own, or those it was invited to. <paramref name="SessionVersion"/> changes when its sessions must end.
/// <paramref name="Venues"/> holds, per challenge, the one venue a juror or employer was invited to; a challenge not in it
/// is the whole season.
/// </summary>
[GenerateSerializer, Immutable, Alias("AccountDetails")]
public sealed record AccountDetails(
    Guid Id, Role Role, string DisplayName, ImmutableArray<Guid> ChallengeIds, int SessionVersion, ImmutableDictionary<Guid, Guid>? Venues = null)
{
    public bool WorksIn(Guid challengeId) => ChallengeIds.Contains(challengeId);

    /// <summary>The venue the account works at in the challenge, or <c>null</c> for the whole season.</summary>
    public Guid? VenueIn(Guid challengeId) => Venues is { } venues && venues.TryGetValue(challengeId, out var venue) ? venue : null;

    /// <summary>The same account working in the challenge at <paramref name="venueId"/>, or for the whole season when it is <c>null</c>.</summary>
    public AccountDetails WithVenue(Guid challengeId, Guid? venueId)
    {
        var venues = Venues ?? ImmutableDictionary<Guid, Guid>.Empty;
        return this with { Venues = venueId is { } venue ? venues.SetItem(challengeId, venue) : venues.Remove(challengeId) };
    }
}

/// <summary>Body of a request that creates a staff account (first start, invite) or signs one in.</summary>
[GenerateSerializer, Immutable, Alias("Credentials")]
public sealed record Credentials(string? DisplayName, string? Passphrase);
