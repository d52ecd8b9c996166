namespace ChallengeHub.Grains.Teams;

/// <summary>A pupil became a member of a team of <paramref name="ChallengeId"/>: pushed to the coaches watching that team.</summary>
[GenerateSerializer, Immutable, Alias("PupilJoined")]
public sealed record PupilJoined(Guid ChallengeId, Pupil Pupil);

/// <summary>A nickname asks to join a team and waits for its coach's approval: pushed to the coaches watching that team.</summary>
[GenerateSerializer, Immutable, Alias("JoinRequested")]
public sealed record JoinRequested(Guid ChallengeId, Guid TeamId, string Nickname);
