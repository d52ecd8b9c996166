using System.Collections.Immutable;
using System.Security.Cryptography;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Challenges;

public sealed partial class ChallengeGrain(
    [PersistentState("challenge", Constants.StorageName)] IPersistentState<ChallengeState> state,
    TimeProvider time) : Grain, IChallengeGrain
{
    public const int MaxTitleLength = 120;
    public const int MaxTeamNameLength = 80;
    public const int MaxSchoolLength = 120;
    public const int MaxReasonLength = 500;

    /// <summary>Keeps the registry (and the wall that mirrors it) well inside one storage entity.</summary>
    public const int MaxTeams = 200;

    private const string JoinCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<ChallengeDetails> CreateAsync(CreateChallengeRequest request)
    {
        var validation = new Validation();
        var title = validation.Name("title", request.Title, MaxTitleLength);
        var sector = ParseSector(validation, request.Sector);
        validation.ThrowIfInvalid();

        if (state.State.Details is { } existing && (existing.Title != title || existing.Sector != sector))
        {
            throw new DomainException(ProblemTypes.ChallengeExists, $"Challenge {existing.Id} already exists with other details.");
        }

        var details = state.State.Details ?? new ChallengeDetails(this.GetPrimaryKey(), title, sector, ChallengeStatus.Draft, FrameworkTemplates.For(sector));
        if (state.State.Details is null)
        {
            state.State.Details = details;
            await state.WriteStateAsync();
        }

        // Also on a repeat: the first attempt may have stored the challenge and then failed to list it.
        await GrainFactory.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey).SetAsync(details.ToSummary());
        return details;
    }

    public Task<ChallengeDetails?> GetAsync() => Task.FromResult(state.State.Details);

    public async Task<ChallengeDetails> AdvanceAsync(ChallengeStatus target)
    {
        var challenge = Challenge();
        if (challenge.Status == target)
        {
            return challenge;
        }

        if (target == ChallengeStatus.Closed || ChallengeLifecycle.Next(challenge.Status) != target)
        {
            throw new DomainException(ProblemTypes.StepNotPossible,
                $"A challenge goes draft → open → running → showcase → closed, one step at a time, and closes through 'close'; this one is {ChallengeLifecycle.Name(challenge.Status)}.");
        }

        return await SaveAsync(challenge with { Status = target });
    }

    public async Task<ClosingCheck> GetClosingCheckAsync()
    {
        var challenge = Challenge();
        if (challenge.Closing is { } closing)
        {
            return new ClosingCheck(challenge.Status, closing.TeamsWithoutBadge, closing, closing.TeamCount ?? 0, closing.TeamsWithoutRecognition ?? []);
        }

        var (unrecognised, unpublished, teamCount) = await TeamsNotYetRecognisedAsync();
        return new ClosingCheck(challenge.Status, unrecognised, null, teamCount, unpublished);
    }

    public async Task<ChallengeDetails> CloseAsync(CloseChallengeRequest request)
    {
        var challenge = Challenge();
        var validation = new Validation();
        var reason = validation.Text("reason", request.Reason, MaxReasonLength, required: request.Override is true);
        validation.ThrowIfInvalid();
        if (challenge.Status == ChallengeStatus.Closed)
        {
            return challenge;
        }

        if (challenge.Status != ChallengeStatus.Showcase)
        {
            throw new DomainException(ProblemTypes.NotPossibleNow,
                $"A challenge closes after its showcase; this one is {ChallengeLifecycle.Name(challenge.Status)}.");
        }

        var (unrecognised, unpublished, teamCount) = await TeamsNotYetRecognisedAsync();
        if (unrecognised.Length > 0 && request.Override is not true)
        {
            throw new DomainException(ProblemTypes.TeamsWithoutBadge,
                $"Every team deserves to be seen: {string.Join(", ", unrecognised.Select(t => t.Name))} have no badge yet. " +
                "Ask a juror to visit them, or close anyway with an override and a reason.");
        }

        if (unpublished.Length > 0 && request.Override is not true)
        {
            throw new DomainException(ProblemTypes.TeamsWithoutRecognition,
                $"Every team deserves to be seen: {string.Join(", ", unpublished.Select(t => t.Name))} have no published recognition yet. " +
                "Ask the jury of their venue to agree on one and publish, or close anyway with an override and a reason.");
        }

        var decision = new ClosingDecision(time.GetUtcNow(), unrecognised.Length > 0 || unpublished.Length > 0, reason.Length > 0 ? reason : null,
            unrecognised, teamCount, unpublished);
        return await SaveAsync(challenge with { Status = ChallengeStatus.Closed, Closing = decision });
    }

    public async Task<ChallengeDetails> UpdateFrameworkAsync(FrameworkDocument framework)
    {
        var challenge = Challenge();
        var competences = FrameworkRules.Normalize(framework);
        ChallengeLifecycle.EnsureFrameworkCanChange(challenge);
        if (challenge.Status == ChallengeStatus.Running)
        {
            FrameworkRules.EnsureRunningChangeKeeps(challenge.Competences, competences);
        }

        var saved = await SaveAsync(challenge with { Competences = competences });
        await GrainFactory.GetGrain<IWallGrain>(challenge.Id).FrameworkChangedAsync([.. competences.Select(c => c.Id)]);
        return saved;
    }

    public async Task<ChallengeDetails> SetScheduleAsync(ScheduleRequest schedule)
    {
        var challenge = Challenge();
        var normalized = Schedule.Normalize(schedule);
        ChallengeLifecycle.EnsureScheduleCanChange(challenge);
        return await SaveAsync(challenge with { Schedule = normalized });
    }

    public async Task<TeamDetails> RegisterTeamAsync(RegisterTeamRequest request, Guid? coachId)
    {
        var challenge = Challenge();
        var validation = new Validation();
        var name = validation.Name("name", request.Name, MaxTeamNameLength);
        var school = validation.Name("school", request.School, MaxSchoolLength);
        validation.ThrowIfInvalid();
        ChallengeLifecycle.EnsureTeamsCanRegister(challenge);

        var namesake = state.State.Teams.FirstOrDefault(t => NameOrder.Comparer.Equals(t.Name, name));
        if (namesake is not null)
        {
            if (!NameOrder.Comparer.Equals(namesake.School, school) || namesake.CoachId != coachId)
            {
                throw new DomainException(ProblemTypes.TeamNameTaken, $"This challenge already has a team called '{namesake.Name}'. Choose another name.");
            }

            await GrainFactory.GetGrain<IWallGrain>(challenge.Id).TeamRegisteredAsync(namesake);
            return namesake;
        }

        if (state.State.Teams.Length >= MaxTeams)
        {
            throw new DomainException(ProblemTypes.ChallengeFull, $"A challenge holds at most {MaxTeams} teams.");
        }

        var teamId = Guid.NewGuid();
        var team = new TeamDetails(teamId, challenge.Id, name, school, await ClaimJoinCodeAsync(teamId), coachId);
        await GrainFactory.GetGrain<ITeamGrain>(team.Id).InitializeAsync(team);
        var previous = state.State.Teams;
        state.State.Teams = [.. previous.Add(team).OrderBy(t => t.Name, NameOrder.Comparer).ThenBy(t => t.Id)];
        await state.WriteOrUndoAsync(() => state.State.Teams = previous);
        await GrainFactory.GetGrain<IWallGrain>(challenge.Id).TeamRegisteredAsync(team);
        return team;
    }

    public Task<ImmutableArray<TeamDetails>> GetTeamsAsync()
    {
        Challenge();
        return Task.FromResult(state.State.Teams);
    }

    private ChallengeDetails Challenge() => state.State.Details ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, this.GetPrimaryKey());

    /// <summary>Stores the new details and keeps the directory's entry in step with them.</summary>
    private async Task<ChallengeDetails> SaveAsync(ChallengeDetails details)
    {
        var previous = state.State.Details;
        state.State.Details = details;
        await state.WriteOrUndoAsync(() => state.State.Details = previous);
        await GrainFactory.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey).SetAsync(details.ToSummary());
        return details;
    }

    /// <summary>Read from the wall, which holds the level every team shows per competence: no badge means every level is 0.</summary>
    /// <summary>The teams without a badge, and those without a recognition published at a venue of the season, by name.</summary>
    private async Task<(ImmutableArray<TeamReference> WithoutBadge, ImmutableArray<TeamReference> WithoutRecognition, int TeamCount)> TeamsNotYetRecognisedAsync()
    {
        var wall = await GrainFactory.GetGrain<IWallGrain>(this.GetPrimaryKey()).GetSnapshotAsync();
        static TeamReference Reference(WallTeam t) => new(t.Id, t.Name, t.School);
        ImmutableArray<TeamReference> withoutBadge = [.. wall.Teams.Where(t => t.Competences.All(c => c.Level == 0)).Select(Reference)];
        var withoutRecognition = await PublishedRecognitions.TeamsWithoutAsync(GrainFactory, this.GetPrimaryKey(), wall.Teams.Select(Reference));
        return (withoutBadge, withoutRecognition, wall.Teams.Length);
    }

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

    /// <summary>A code no other team of any challenge holds, so that a code alone finds the team.</summary>
    private async Task<string> ClaimJoinCodeAsync(Guid teamId)
    {
        while (true)
        {
            var code = RandomNumberGenerator.GetString(JoinCodeAlphabet, 6);
            if (await GrainFactory.GetGrain<IJoinCodeGrain>(code).ClaimAsync(teamId))
            {
                return code;
            }
        }
    }
}
