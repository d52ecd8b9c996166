namespace ChallengeHub.Grains.Accounts;

/// <summary>A single-use code that lets a coach, juror, employer or sector-fund staff member work in one challenge.</summary>
[GenerateSerializer, Immutable, Alias("Invite")]
public sealed record Invite(string Code, Guid ChallengeId, Role Role, Guid CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>Body of <c>POST /api/challenges/{challengeId}/invites</c>: <c>coach</c>, <c>juror</c>, <c>employer</c> or <c>funder</c>, valid for 1-60 days (14 by default).</summary>
[GenerateSerializer, Immutable, Alias("CreateInviteRequest")]
public sealed record CreateInviteRequest(string? Role, int? ValidForDays = null);

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
