namespace ChallengeHub.Grains.Teams;

/// <summary>A pupil became a member of a team of <paramref name="ChallengeId"/>: pushed to the coaches watching that team.</summary>
[GenerateSerializer, Immutable, Alias("PupilJoined")]
public sealed record PupilJoined(Guid ChallengeId, Pupil Pupil);
