using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Teams;

/// <summary>
/// A pupil as their coach sees them: a nickname they chose (no surname, email or birth date) and what they, or their
/// parents, agreed to show outside the team.
/// </summary>
[GenerateSerializer, Immutable, Alias("Pupil")]
public sealed record Pupil(Guid Id, Guid TeamId, string Nickname, PupilConsent Consent, DateTimeOffset JoinedAt, int SessionVersion);

/// <summary>
/// Consent per channel: <paramref name="Wall"/> shows the nickname on the live wall, <paramref name="Showcase"/> their stories
/// and photos in the employer and public showcase, <paramref name="Photos"/> their photos anywhere outside the team, its coach
/// and the jurors. Recorded by a coach, with when and by whom.
/// </summary>
[GenerateSerializer, Immutable, Alias("PupilConsent")]
public sealed record PupilConsent(bool Wall, bool Showcase, bool Photos, DateTimeOffset? RecordedAt = null, string? RecordedBy = null)
{
    public static readonly PupilConsent None = new(false, false, false);
}

/// <summary>Body of <c>PUT …/pupils/{pupilId}/consent</c>.</summary>
[GenerateSerializer, Immutable, Alias("ConsentRequest")]
public sealed record ConsentRequest(bool? Wall, bool? Showcase, bool? Photos);

/// <summary>Body of <c>POST /api/session/pupil</c>: the team's join code, the pupil's nickname and PIN (at least 4 digits).</summary>
[GenerateSerializer, Immutable, Alias("JoinRequest")]
public sealed record JoinRequest(string? JoinCode, [property: MaxLength(TeamGrain.MaxNicknameLength)] string? Nickname, string? Pin);

/// <summary>Body of <c>POST …/pupils/{pupilId}/pin</c>: the new PIN a coach sets with the pupil.</summary>
[GenerateSerializer, Immutable, Alias("PinResetRequest")]
public sealed record PinResetRequest(string? Pin);

/// <summary>A pupil signed in on a tablet; <paramref name="Joined"/> says whether this sign-in made them a member.</summary>
[GenerateSerializer, Immutable, Alias("PupilSession")]
public sealed record PupilSession(Pupil Pupil, Guid ChallengeId, bool Joined);
