using System.Collections.Immutable;
using System.Security.Cryptography;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Challenges;

public sealed class ChallengeGrain(
    [PersistentState("challenge", Constants.StorageName)] IPersistentState<ChallengeState> state) : Grain, IChallengeGrain
{
    public const int MaxTitleLength = 120;
    public const int MaxTeamNameLength = 80;
    public const int MaxSchoolLength = 120;

    /// <summary>Keeps the registry (and the wall that mirrors it) well inside one storage entity.</summary>
    public const int MaxTeams = 200;

    private const string JoinCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<ChallengeDetails> CreateAsync(CreateChallengeRequest request)
    {
        var validation = new Validation();
        var title = validation.Text("title", request.Title, MaxTitleLength);
        var sector = ParseSector(validation, request.Sector);
        validation.ThrowIfInvalid();

        if (state.State.Details is { } existing && (existing.Title != title || existing.Sector != sector))
        {
            throw new DomainException(DomainErrorKind.Conflict, "Challenge already exists", $"Challenge {existing.Id} already exists with other details.");
        }

        var details = state.State.Details ?? new ChallengeDetails(this.GetPrimaryKey(), title, sector, ChallengeStatus.Running, FrameworkTemplates.For(sector));
        if (state.State.Details is null)
        {
            state.State.Details = details;
            await state.WriteStateAsync();
        }

        // Also on a repeat: the first attempt may have stored the challenge and then failed to list it.
        await GrainFactory.GetGrain<IChallengeDirectoryGrain>(0).AddAsync(new(details.Id, details.Title, details.Sector, details.Status));
        return details;
    }

    public Task<ChallengeDetails?> GetAsync() => Task.FromResult(state.State.Details);

    public async Task<TeamDetails> RegisterTeamAsync(RegisterTeamRequest request)
    {
        var challenge = state.State.Details ?? throw DomainException.NotFound("Challenge", this.GetPrimaryKey());
        var validation = new Validation();
        var name = validation.Text("name", request.Name, MaxTeamNameLength);
        var school = validation.Text("school", request.School, MaxSchoolLength);
        validation.ThrowIfInvalid();

        var namesake = state.State.Teams.FirstOrDefault(t => NameOrder.Comparer.Equals(t.Name, name));
        if (namesake is not null)
        {
            if (!NameOrder.Comparer.Equals(namesake.School, school))
            {
                throw new DomainException(DomainErrorKind.Conflict, "Team name already taken", $"This challenge already has a team called '{namesake.Name}'. Choose another name.");
            }

            await GrainFactory.GetGrain<IWallGrain>(challenge.Id).TeamRegisteredAsync(namesake);
            return namesake;
        }

        if (state.State.Teams.Length >= MaxTeams)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Challenge is full", $"A challenge holds at most {MaxTeams} teams.");
        }

        var team = new TeamDetails(Guid.NewGuid(), challenge.Id, name, school, NewJoinCode());
        await GrainFactory.GetGrain<ITeamGrain>(team.Id).InitializeAsync(team);
        state.State.Teams = [.. state.State.Teams.Add(team).OrderBy(t => t.Name, NameOrder.Comparer).ThenBy(t => t.Id)];
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IWallGrain>(challenge.Id).TeamRegisteredAsync(team);
        return team;
    }

    public Task<ImmutableArray<TeamDetails>> GetTeamsAsync() =>
        state.State.Details is null
            ? throw DomainException.NotFound("Challenge", this.GetPrimaryKey())
            : Task.FromResult(state.State.Teams);

    private static Sector ParseSector(Validation validation, string? value)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "electro":
                return Sector.Electro;
            case "construction":
                return Sector.Construction;
            default:
                validation.Add("sector", "sector must be 'electro' or 'construction'.");
                return default;
        }
    }

    private string NewJoinCode()
    {
        while (true)
        {
            var code = RandomNumberGenerator.GetString(JoinCodeAlphabet, 6);
            if (state.State.Teams.All(t => t.JoinCode != code))
            {
                return code;
            }
        }
    }
}
