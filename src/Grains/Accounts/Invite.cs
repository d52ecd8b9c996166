namespace ChallengeHub.Grains.Accounts;

/// <summary>
/// A single-use code that lets a coach, juror, employer or sector-fund staff member work in one challenge; a juror or employer
/// at <paramref name="VenueId"/> only, when it names one of the season's venues.
/// </summary>
[GenerateSerializer, Immutable, Alias("Invite")]
public sealed record Invite(string Code, Guid ChallengeId, Role Role, Guid CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, Guid? VenueId = null);

/// <summary>
/// Body of <c>POST /api/challenges/{challengeId}/invites</c>: <c>coach</c>, <c>juror</c>, <c>employer</c> or <c>funder</c>, valid
/// for 1-60 days (14 by default). A juror or employer may be invited to one venue of the season; without one, to the whole season.
/// </summary>
[GenerateSerializer, Immutable, Alias("CreateInviteRequest")]
public sealed record CreateInviteRequest(string? Role, int? ValidForDays = null, Guid? VenueId = null);

/// <summary>Where an invite stands: sent and still open, accepted (its account exists), expired unused, or withdrawn by the organiser.</summary>
[GenerateSerializer, Alias("InviteProgress")]
public enum InviteProgress
{
    Sent,
    Accepted,
    Expired,
    Withdrawn,
}

/// <summary>An invite as the organiser's list shows it, with where it stands.</summary>
[GenerateSerializer, Immutable, Alias("InviteStatus")]
public sealed record InviteStatus(Invite Invite, InviteProgress State);
