namespace ChallengeHub.Grains.Teams;

public sealed class TeamGrain(
    [PersistentState("team", Constants.StorageName)] IPersistentState<TeamState> state) : Grain, ITeamGrain
{
    public async Task InitializeAsync(TeamDetails details)
    {
        if (state.State.Details is not null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Team already registered", $"Team {details.Id} is already registered.");
        }

        state.State.Details = details;
        await state.WriteStateAsync();
    }

    public Task<TeamDetails?> GetAsync() => Task.FromResult(state.State.Details);
}
