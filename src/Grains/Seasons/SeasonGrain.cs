using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Seasons;

public sealed class SeasonGrain(
    [PersistentState("season", Constants.StorageName)] IPersistentState<SeasonState> state,
    TimeProvider time) : Grain, ISeasonGrain
{
    public const int MaxNameLength = 120;
    public const int MaxAddressLength = 200;
    public const int MaxReasonLength = 500;

    /// <summary>Keeps a season (every team at one venue per round) well inside one storage entity.</summary>
    public const int MaxRounds = 6;
    public const int MaxVenuesPerRound = 12;

    public async Task<SeasonDetails> GetAsync() => SeasonView.Of(this.GetPrimaryKey(), state.State, await TeamsAsync(), withInvitations: true);

    public async Task<SeasonDetails> GetPublicAsync() => SeasonView.Of(this.GetPrimaryKey(), state.State, await TeamsAsync(), withInvitations: false);

    public async Task<SeasonVenue?> FindVenueAsync(Guid venueId) =>
        (await GetPublicAsync()).Rounds.SelectMany(r => r.Venues).FirstOrDefault(v => v.Id == venueId);

    public async Task<SeasonDetails> AddRoundAsync(RoundRequest request)
    {
        var validation = new Validation();
        var name = validation.Name("name", request.Name, MaxNameLength);
        validation.ThrowIfInvalid();
        await EnsureChangeableAsync();
        if (state.State.Rounds.Length >= MaxRounds)
        {
            throw new DomainException(ProblemTypes.SeasonFull, $"A season has at most {MaxRounds} rounds.");
        }

        await SaveRoundsAsync(state.State.Rounds.Add(new Round(Guid.NewGuid(), name, [])));
        return await GetAsync();
    }

    public async Task<SeasonDetails> AddVenueAsync(Guid roundId, VenueRequest request)
    {
        var validation = new Validation();
        var name = validation.Name("name", request.Name, MaxNameLength);
        var address = validation.Name("address", request.Address, MaxAddressLength);
        if (request.Date is null)
        {
            validation.Add("date", "date is required.");
        }

        validation.ThrowIfInvalid();
        var round = FindRound(roundId);
        await EnsureChangeableAsync();
        if (round.Venues.Length >= MaxVenuesPerRound)
        {
            throw new DomainException(ProblemTypes.SeasonFull, $"A round has at most {MaxVenuesPerRound} venues.");
        }

        var venue = new Venue(Guid.NewGuid(), name, request.Date!.Value, address);
        var venues = round.Venues.Add(venue).OrderBy(v => v.Date).ThenBy(v => v.Name, NameOrder.Comparer).ToImmutableArray();
        await SaveRoundsAsync(state.State.Rounds.Replace(round, round with { Venues = venues }));
        return await GetAsync();
    }

    public async Task<SeasonDetails> AssignTeamsAsync(Guid venueId, AssignTeamsRequest request)
    {
        var validation = new Validation();
        var school = validation.Text("school", request.School, ChallengeGrain.MaxSchoolLength, required: false);
        if ((request.TeamIds ?? []).IsEmpty && school.Length == 0)
        {
            validation.Add("teamIds", "Name the teams, or a school whose teams all go to this venue.");
        }

        validation.ThrowIfInvalid();
        var (round, _) = FindVenue(venueId);
        await EnsureChangeableAsync();
        var teams = await TeamsAsync();
        var chosen = new HashSet<Guid>();
        foreach (var teamId in request.TeamIds ?? [])
        {
            chosen.Add(teams.Any(t => t.Id == teamId) ? teamId : throw DomainException.NotFound(ProblemTypes.TeamNotFound, teamId));
        }

        chosen.UnionWith(teams.Where(t => school.Length > 0 && NameOrder.Comparer.Equals(t.School, school)).Select(t => t.Id));
        if (chosen.Count == 0)
        {
            throw DomainException.Invalid(ImmutableDictionary<string, string[]>.Empty.Add("school", [$"No team of this challenge is from '{school}'."]));
        }

        if (state.State.Rounds.IndexOf(round) > 0)
        {
            var invited = state.State.Invitations.FirstOrDefault(i => i.RoundId == round.Id)?.TeamIds ?? [];
            var uninvited = teams.Where(t => chosen.Contains(t.Id) && !invited.Contains(t.Id)).Select(t => t.Name).ToList();
            if (uninvited.Count > 0)
            {
                throw new DomainException(ProblemTypes.TeamNotInvited,
                    $"{string.Join(", ", uninvited)} {(uninvited.Count == 1 ? "is" : "are")} not invited to {round.Name} yet: record the invitation first.");
            }
        }

        await SaveAssignmentsAsync(Assign(round, venueId, chosen));
        return await GetAsync();
    }

    public async Task<SeasonDetails> InviteAsync(Guid roundId, InvitationRequest request, string decidedBy)
    {
        var validation = new Validation();
        var reason = validation.Text("reason", request.Reason, MaxReasonLength);
        validation.ThrowIfInvalid();
        var round = FindRound(roundId);
        if (state.State.Rounds.IndexOf(round) == 0)
        {
            throw new DomainException(ProblemTypes.FirstRoundIsForEveryTeam, $"{round.Name} is the first round: every team takes part, no invitation is needed.");
        }

        await EnsureChangeableAsync();
        var teams = await TeamsAsync();
        var invited = (request.TeamIds ?? []).Distinct()
            .Select(id => teams.Any(t => t.Id == id) ? id : throw DomainException.NotFound(ProblemTypes.TeamNotFound, id)).ToImmutableArray();
        var decision = new RoundInvitation(round.Id, invited, reason, decidedBy, time.GetUtcNow());

        // Teams no longer invited leave the round's venues; with one venue, the invited teams go there.
        bool InRound(VenueAssignment a) => round.Venues.Any(v => v.Id == a.VenueId);
        var assignments = state.State.Assignments.Where(a => !InRound(a) || invited.Contains(a.TeamId));
        if (round.Venues is [var only])
        {
            assignments = assignments.Where(a => !InRound(a)).Concat(invited.Select(id => new VenueAssignment(id, only.Id)));
        }

        var (previousInvitations, previousAssignments) = (state.State.Invitations, state.State.Assignments);
        state.State.Invitations = [.. previousInvitations.Where(i => i.RoundId != round.Id), decision];
        state.State.Assignments = [.. assignments];
        await state.WriteOrUndoAsync(() => (state.State.Invitations, state.State.Assignments) = (previousInvitations, previousAssignments));
        await new SeasonChange(this.GetPrimaryKey(), SeasonChangeKind.TeamsMoved).PublishAsync(GrainFactory);
        return await GetAsync();
    }

    public async Task<TeamSeason> GetTeamSeasonAsync(Guid teamId)
    {
        var season = await GetAsync();
        var challenge = await GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey()).GetAsync()
            ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, this.GetPrimaryKey());
        var badges = await GrainFactory.GetGrain<Badges.ICompetenceProfileGrain>(teamId).ListAsync(challenge.Id);
        return SeasonView.ForTeam(teamId, season, challenge, badges);
    }

    private ImmutableArray<VenueAssignment> Assign(Round round, Guid venueId, HashSet<Guid> teamIds) =>
    [
        .. state.State.Assignments.Where(a => !(teamIds.Contains(a.TeamId) && round.Venues.Any(v => v.Id == a.VenueId))),
        .. teamIds.Select(id => new VenueAssignment(id, venueId)),
    ];

    private async Task SaveRoundsAsync(ImmutableArray<Round> rounds)
    {
        var previous = state.State.Rounds;
        state.State.Rounds = rounds;
        await state.WriteOrUndoAsync(() => state.State.Rounds = previous);
        await new SeasonChange(this.GetPrimaryKey(), SeasonChangeKind.Planned).PublishAsync(GrainFactory);
    }

    private async Task SaveAssignmentsAsync(ImmutableArray<VenueAssignment> assignments)
    {
        var previous = state.State.Assignments;
        state.State.Assignments = [.. assignments];
        await state.WriteOrUndoAsync(() => state.State.Assignments = previous);
        await new SeasonChange(this.GetPrimaryKey(), SeasonChangeKind.TeamsMoved).PublishAsync(GrainFactory);
    }

    private Round FindRound(Guid roundId) =>
        state.State.Rounds.FirstOrDefault(r => r.Id == roundId) ?? throw DomainException.NotFound(ProblemTypes.RoundNotFound, roundId);

    private (Round Round, Venue Venue) FindVenue(Guid venueId)
    {
        foreach (var round in state.State.Rounds)
        {
            if (round.Venues.FirstOrDefault(v => v.Id == venueId) is { } venue)
            {
                return (round, venue);
            }
        }

        throw DomainException.NotFound(ProblemTypes.VenueNotFound, venueId);
    }

    /// <summary>A closed season stays as it was decided.</summary>
    private async Task EnsureChangeableAsync()
    {
        var challenge = await GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey()).GetAsync()
            ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, this.GetPrimaryKey());
        if (challenge.Status == ChallengeStatus.Closed)
        {
            throw new DomainException(ProblemTypes.ChallengeStage, "The challenge is closed: its season stays as it was decided.");
        }
    }

    private async Task<ImmutableArray<TeamDetails>> TeamsAsync()
    {
        var challenge = GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey());
        if (await challenge.GetAsync() is null)
        {
            throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, this.GetPrimaryKey());
        }

        return await challenge.GetTeamsAsync();
    }
}
