using System.Collections.Immutable;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Badges.Language;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Seasons;

namespace ChallengeHub.Grains.Recognitions;

public sealed class DeliberationBoardGrain(
    [PersistentState("deliberation", Constants.StorageName)] IPersistentState<DeliberationState> state,
    TimeProvider time) : Grain, IDeliberationBoardGrain
{
    public const int MaxReasonLength = 500;

    /// <summary>Keeps a venue's board well inside one storage entity.</summary>
    public const int MaxNominations = 300;
    public const int MaxRecognitions = 200;

    public async Task<DeliberationBoard> GetAsync(Guid challengeId)
    {
        var (venue, categories) = await VenueAsync(challengeId);
        return Board(venue, categories);
    }

    public async Task<DeliberationBoard> NominateAsync(Guid challengeId, NominationRequest request, Juror juror)
    {
        var validation = new Validation();
        var reason = validation.Text("reason", request.Reason, MaxReasonLength);
        validation.ThrowIfInvalid();
        CheckLanguage(("reason", reason));
        var (venue, categories) = await VenueAsync(challengeId);
        var (teamId, category) = Check(venue, categories, request.TeamId, request.CategoryId);
        EnsureOpen(state.State.Nominations.Length < MaxNominations);
        var nomination = new Nomination(Guid.NewGuid(), teamId, category.Id, reason, request.MilestoneIds ?? [], juror, time.GetUtcNow());
        var previous = state.State.Nominations;
        state.State.Nominations = previous.Add(nomination);
        await state.WriteOrUndoAsync(() => state.State.Nominations = previous);
        await new SeasonChange(challengeId, SeasonChangeKind.Deliberated, venue.Id).PublishAsync(GrainFactory);
        return Board(venue, categories);
    }

    public async Task<DeliberationBoard> RecogniseAsync(Guid challengeId, RecognitionRequest request, Juror juror)
    {
        var validation = new Validation();
        var reason = validation.Text("reason", request.Reason, MaxReasonLength);
        var words = validation.Text("words", request.Words, MaxReasonLength, required: false);
        validation.ThrowIfInvalid();
        CheckLanguage(("reason", reason), ("words", words));
        var (venue, categories) = await VenueAsync(challengeId);
        var (teamId, category) = Check(venue, categories, request.TeamId, request.CategoryId);
        EnsureOpen(state.State.Recognitions.Length < MaxRecognitions);

        var previous = state.State.Recognitions;
        var same = previous.FirstOrDefault(r => r.TeamId == teamId && r.Category.Id == category.Id);
        state.State.Recognitions = same is null
            ? previous.Add(new Recognition(Guid.NewGuid(), challengeId, venue.Id, teamId, category, reason, words.Length > 0 ? words : null,
                request.MilestoneIds ?? [], [juror], time.GetUtcNow()))
            : previous.Replace(same, same with { AgreedBy = same.AgreedBy.Any(j => j.Id == juror.Id) ? same.AgreedBy : same.AgreedBy.Add(juror) });
        await state.WriteOrUndoAsync(() => state.State.Recognitions = previous);
        await new SeasonChange(challengeId, SeasonChangeKind.Deliberated, venue.Id).PublishAsync(GrainFactory);
        return Board(venue, categories);
    }

    public async Task<DeliberationBoard> PublishAsync(Guid challengeId, PublishRecognitionsRequest request, string publishedBy)
    {
        var validation = new Validation();
        var reason = validation.Text("reason", request.Reason, MaxReasonLength, required: request.Override is true);
        validation.ThrowIfInvalid();
        var (venue, categories) = await VenueAsync(challengeId);
        if (state.State.Publication is not null)
        {
            return Board(venue, categories);
        }

        var without = Board(venue, categories).TeamsWithoutRecognition;
        if (!without.IsEmpty && request.Override is not true)
        {
            throw new DomainException(ProblemTypes.TeamsWithoutRecognition,
                $"Every team deserves to be seen: {string.Join(", ", without.Select(t => t.Name))} have no recognition yet. " +
                "Agree on one for them, or publish anyway with an override and a reason.");
        }

        state.State.Publication = new RecognitionPublication(time.GetUtcNow(), publishedBy, !without.IsEmpty, reason.Length > 0 ? reason : null, without);
        await state.WriteOrUndoAsync(() => state.State.Publication = null);
        await new SeasonChange(challengeId, SeasonChangeKind.RecognitionsPublished, venue.Id).PublishAsync(GrainFactory);
        return Board(venue, categories);
    }

    public async Task<Ceremony> GetCeremonyAsync(Guid challengeId)
    {
        var (venue, categories) = await VenueAsync(challengeId);
        if (state.State.Publication is null)
        {
            throw new DomainException(ProblemTypes.NotPossibleNow, $"The recognitions of {venue.Name} are not published yet.");
        }

        var board = Board(venue, categories);
        return new Ceremony(venue.Id, venue.Name, [.. board.Teams.Select(team => new CeremonyTeam(team.TeamId, team.Name, team.School, null,
            [.. team.Recognitions.Select(r => new CeremonyRecognition(r.Category.Name, r.Reason, r.Words, [.. r.AgreedBy.Select(j => j.Name)], r.Category.Id))]))],
            categories);
    }

    private DeliberationBoard Board(SeasonVenue venue, ImmutableArray<RecognitionCategory> categories)
    {
        var teams = venue.Teams.Select(team => new BoardTeam(team.Id, team.Name, team.School,
            [.. state.State.Nominations.Where(n => n.TeamId == team.Id)],
            [.. state.State.Recognitions.Where(r => r.TeamId == team.Id)])).ToImmutableArray();
        var without = venue.Teams.Where(team => !state.State.Recognitions.Any(r => r.TeamId == team.Id)).ToImmutableArray();
        return new DeliberationBoard(venue.Id, venue.Name, categories, teams, without, state.State.Publication);
    }

    private static (Guid TeamId, RecognitionCategory Category) Check(SeasonVenue venue, ImmutableArray<RecognitionCategory> categories, Guid? teamId, string? categoryId)
    {
        var category = categories.FirstOrDefault(c => c.Id == categoryId?.Trim())
            ?? throw DomainException.Invalid(ImmutableDictionary<string, string[]>.Empty.Add("categoryId", ["Choose one of the challenge's recognition categories."]));
        var team = venue.Teams.FirstOrDefault(t => t.Id == teamId)
            ?? throw new DomainException(ProblemTypes.TeamNotAtVenue, $"The team is not at {venue.Name}: the jury there recognises the teams it met.");
        return (team.Id, category);
    }

    /// <summary>
    /// A recognition's reason and the jury's words pass the guard that badge feedback passes. They are read out in the hall and
    /// carried by a credential, so flagged wording is refused outright (no acknowledgement as for badges): the jury rephrases.
    /// </summary>
    private static void CheckLanguage(params (string Field, string Text)[] fields)
    {
        var found = fields.Select(f => (f.Field, Phrases: LanguageGuard.Find(f.Text))).Where(f => f.Phrases.Length > 0).ToArray();
        if (found.Length > 0)
        {
            throw new DomainException(ProblemTypes.RecognitionWording,
                $"Please rephrase: {string.Join(", ", found.SelectMany(f => f.Phrases).Distinct().Select(p => $"'{p}'"))}. " +
                "A recognition says what the team showed, in words every pupil can hear in the hall.",
                found.ToImmutableDictionary(f => f.Field, f => f.Phrases.ToArray()));
        }
    }

    private void EnsureOpen(bool hasRoom)
    {
        if (state.State.Publication is not null)
        {
            throw new DomainException(ProblemTypes.NotPossibleNow, "This venue's recognitions are published: the board is final.");
        }

        if (!hasRoom)
        {
            throw new DomainException(ProblemTypes.SeasonFull, "This venue's board holds no more nominations or recognitions.");
        }
    }

    private async Task<(SeasonVenue Venue, ImmutableArray<RecognitionCategory> Categories)> VenueAsync(Guid challengeId)
    {
        var venue = await GrainFactory.GetGrain<ISeasonGrain>(challengeId).FindVenueAsync(this.GetPrimaryKey())
            ?? throw DomainException.NotFound(ProblemTypes.VenueNotFound, this.GetPrimaryKey());
        return (venue, await GrainFactory.GetGrain<IRecognitionCategoriesGrain>(challengeId).GetAsync());
    }
}

/// <summary>A venue's deliberation: nominations and recognitions in the order they were made, and the publication once done.</summary>
[GenerateSerializer, Alias("DeliberationState")]
public sealed class DeliberationState
{
    [Id(0)]
    public ImmutableArray<Nomination> Nominations { get; set; } = [];

    [Id(1)]
    public ImmutableArray<Recognition> Recognitions { get; set; } = [];

    [Id(2)]
    public RecognitionPublication? Publication { get; set; }
}
