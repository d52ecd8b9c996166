namespace ChallengeHub.Grains.Teams;

[GenerateSerializer, Alias("TeamState")]
public sealed class TeamState
{
    [Id(0)]
    public TeamDetails? Details { get; set; }
}
