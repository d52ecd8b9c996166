using ChallengeHub.Grains.Push;

namespace ChallengeHub.Grains.Seasons;

/// <summary>What changed in a challenge's season, so that screens showing it know what to read again.</summary>
[Alias("SeasonChangeKind")]
public enum SeasonChangeKind
{
    /// <summary>A round or venue was added.</summary>
    Planned,

    /// <summary>Teams moved to or from a venue, or the invitations to a round changed.</summary>
    TeamsMoved,

    /// <summary>A juror nominated a team or agreed on a recognition at <see cref="SeasonChange.VenueId"/>.</summary>
    Deliberated,

    /// <summary>The recognitions of <see cref="SeasonChange.VenueId"/> were published: its ceremony can start.</summary>
    RecognitionsPublished,

    /// <summary>A team's coach checked in an item of its kit.</summary>
    KitCheckedIn,
}

/// <summary>
/// The <c>seasonChanged</c> message on a challenge's live group. It names only the kind and the venue (when one venue is
/// concerned), never a team or what the jury said: the group is as public as the wall, and each screen reads what it may show
/// over HTTP.
/// </summary>
[GenerateSerializer, Immutable, Alias("SeasonChange")]
public sealed record SeasonChange(Guid ChallengeId, SeasonChangeKind Kind, Guid? VenueId = null)
{
    /// <summary>Tells every silo's watchers of the challenge; one-way, so the change never waits for the screens.</summary>
    public Task PublishAsync(IGrainFactory grains) => grains.GetGrain<IPushNotifierGrain>(Constants.SingletonKey).PublishSeasonChangedAsync(this);
}
