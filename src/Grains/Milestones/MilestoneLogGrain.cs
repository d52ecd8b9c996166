using System.Collections.Immutable;
using System.Text.Json;
using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace ChallengeHub.Grains.Milestones;

public sealed class MilestoneLogGrain(
    [PersistentState("milestones", Constants.StorageName)] IPersistentState<MilestoneLogState> state,
    TimeProvider time,
    ILogger<MilestoneLogGrain> logger) : Grain, IMilestoneLogGrain, IRemindable
{
    public const int MaxTitleLength = 120;
    public const int MaxStoryLength = 800;
    public const int MaxLinkedOrders = 5;

    /// <summary>A milestone shows a few competences; claiming the whole framework at once says nothing.</summary>
    public const int MaxClaimedCompetences = 5;
    public const int MaxLinkedPhotos = 6;

    /// <summary>
    /// Keeps the pages an activation reads few, and the log's own state within the storage provider's limit even when its
    /// open tail holds every milestone (a log stored before it had pages, or one whose seals all failed). A sealed page and
    /// the state with its usual open tail (less than two pages) take under half of Azure's 1 MiB entity limit even with every
    /// story at full length.
    /// </summary>
    public const int MaxMilestones = 300;

    /// <summary>
    /// How many milestones a sealed page holds: page n (from 1) holds milestones (n - 1) * PageSize + 1 to n * PageSize.
    /// Never change it once logs are stored, or stored pages are read as the wrong milestones.
    /// </summary>
    public const int PageSize = 25;

    private IGrainTimer? _sealTimer;

    private MilestonePages Pages => field ??= new(ServiceProvider.GetRequiredKeyedService<IGrainStorage>(Constants.StorageName), state, this.GetGrainId());

    /// <summary>The whole log, oldest first: the sealed pages, then the open tail.</summary>
    private IEnumerable<LoggedMilestone> All => Pages.Milestones.Concat(state.State.Milestones);

    private WallFeed<MilestoneLogState> Feed => field ??= new(this, GrainFactory, state, logger,
        (wall, number) =>
        {
            var logged = Numbered(number);
            return wall.MilestoneLoggedAsync(number, logged.Milestone, logged.Evidence);
        });

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await Pages.ReadAsync();
        Feed.ResumeIfBehind();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Feed.CatchUpAsync();

    public async Task<Milestone> LogAsync(Guid challengeId, LogMilestoneRequest request, string? idempotencyKey, Guid? authorId = null)
    {
        // The log keeps its team's challenge (checked against the team with the first milestone): only the challenge is read.
        var challenge = await TeamLookup.FindChallengeAsync(GrainFactory, challengeId, this.GetPrimaryKey(), state.State.ChallengeId);
        var validation = new Validation();
        var title = validation.Text("title", request.Title, MaxTitleLength);
        var story = validation.Text("story", request.Story, MaxStoryLength, required: false);
        validation.CheckKey(idempotencyKey);

        var orderIds = (request.OrderIds ?? []).Distinct().ToImmutableArray();
        if (orderIds.Length > MaxLinkedOrders)
        {
            validation.Add("orderIds", $"A milestone can point to at most {MaxLinkedOrders} orders.");
        }

        var photoIds = (request.PhotoIds ?? []).Distinct().ToImmutableArray();
        if (photoIds.Length > MaxLinkedPhotos)
        {
            validation.Add("photoIds", $"A milestone can show at most {MaxLinkedPhotos} photos.");
        }

        var competenceIds = (request.CompetenceIds ?? []).Select(id => id?.Trim() ?? string.Empty).Distinct().ToImmutableArray();
        if (competenceIds.Length > MaxClaimedCompetences)
        {
            validation.Add("competenceIds", $"A milestone shows at most {MaxClaimedCompetences} competences; log another milestone for the others.");
        }

        validation.ThrowIfInvalid();
        var unknown = competenceIds.Where(id => !challenge.HasCompetence(id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new DomainException(ProblemTypes.UnknownCompetence,
                $"The framework of this challenge has no competence '{string.Join("', '", unknown)}'.");
        }

        await EnsureOwnOrdersAsync(orderIds);
        var evidence = await EnsureOwnPhotosAsync(photoIds, authorId);
        if (Idempotency.FindRetry(All, idempotencyKey,
                m => m.Repeats(title, story, competenceIds, orderIds, photoIds), "milestone") is { } earlier)
        {
            await Feed.SyncAsync();
            return earlier.Milestone;
        }

        ChallengeLifecycle.EnsureMilestonesCanBeLogged(challenge);

        if (state.State.EntryCount >= MaxMilestones)
        {
            throw new DomainException(ProblemTypes.MilestoneLogFull, $"A team can log up to {MaxMilestones} milestones.");
        }

        var milestone = new Milestone(Guid.NewGuid(), this.GetPrimaryKey(), title, story, competenceIds, time.GetUtcNow(), orderIds, photoIds, authorId);
        var previous = state.State.Milestones;
        state.State.ChallengeId = challengeId;
        state.State.Milestones = previous.Add(new LoggedMilestone(state.State.EntryCount + 1, milestone, idempotencyKey, evidence));
        await Feed.StoreAndSendAsync(() => state.State.Milestones = previous);
        SealAfterThisTurn();
        await GrainFactory.GetGrain<IPushNotifierGrain>(Constants.SingletonKey).PublishShowcaseTeamChangedAsync(challengeId, milestone.TeamId);
        return milestone;
    }

    public async Task<ImmutableArray<Milestone>> ListAsync(Guid challengeId)
    {
        await TeamLookup.FindChallengeAsync(GrainFactory, challengeId, this.GetPrimaryKey(), state.State.ChallengeId);
        return [.. All.Reverse().Select(m => m.Milestone)];
    }

    public Task ResendToWallAsync(int appliedThrough) => Feed.ResendAfterAsync(appliedThrough);

    public Task<ImmutableArray<Guid>> FindUnknownAsync(ImmutableArray<Guid> milestoneIds) =>
        Task.FromResult(milestoneIds.Where(id => All.All(m => m.Milestone.Id != id)).ToImmutableArray());

    public Task<PupilRecords> ExportPupilAsync(Guid teamId, Guid pupilId)
    {
        var written = All.Select(m => m.Milestone).Where(m => teamId == this.GetPrimaryKey() && m.AuthorId == pupilId)
            .Select(m => new { m.Id, m.Title, m.Story, m.CompetenceIds, m.LoggedAt });
        return Task.FromResult(new PupilRecords("milestones", JsonSerializer.Serialize(written, PupilJson.Options)));
    }

    /// <summary>
    /// The pupil's words (title and story) and photos go; the milestones stay as the team's steps (competences, linked
    /// orders), because badges rest on them, without an author. They are marked as withheld rather than becoming the team's
    /// own milestones: an erase never makes anything of the pupil's more visible than their consent did.
    /// </summary>
    /// <remarks>
    /// Sealed pages that hold any of it are rewritten first, then the log's state. A page left by an interrupted seal is
    /// rewritten by the seal that follows, from the erased tail.
    /// </remarks>
    public async Task ErasePupilAsync(Guid teamId, Guid pupilId)
    {
        if (teamId != this.GetPrimaryKey() || !All.Any(m => m.Milestone.AuthorId == pupilId))
        {
            return;
        }

        LoggedMilestone Erase(LoggedMilestone m) => m.Milestone.AuthorId == pupilId
            ? m with { Milestone = m.Milestone with { Title = string.Empty, Story = string.Empty, PhotoIds = [], AuthorId = null, WordsWithheld = true }, Evidence = [] }
            : m with { Evidence = m.Evidence?.RemoveAll(p => p.UploadedBy == pupilId) };

        await Pages.RewriteAsync(Erase, m => m.Milestone.AuthorId == pupilId || m.Evidence?.Any(p => p.UploadedBy == pupilId) == true);
        var previous = state.State.Milestones;
        state.State.Milestones = [.. previous.Select(Erase)];
        await state.WriteOrUndoAsync(() => state.State.Milestones = previous);
        SealAfterThisTurn();
        await GrainFactory.GetGrain<IPushNotifierGrain>(Constants.SingletonKey).PublishShowcaseTeamChangedAsync(state.State.ChallengeId, this.GetPrimaryKey());
    }

    private LoggedMilestone Numbered(int number) => number <= Pages.Milestones.Length
        ? Pages.Milestones[number - 1]
        : state.State.Milestones[number - 1 - Pages.Milestones.Length];

    /// <summary>
    /// When the open tail holds a full page, seals it once this turn (and so the answer) is done: a timer that does not
    /// interleave with requests writes the full pages, then the log's state, which is the commit. Until then the tail keeps
    /// every milestone, so a seal that fails loses nothing; the next milestone tries again.
    /// </summary>
    private void SealAfterThisTurn()
    {
        if (state.State.Milestones.Length < PageSize)
        {
            return;
        }

        _sealTimer ??= this.RegisterGrainTimer(SealAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        _sealTimer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private async Task SealAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Pages.SealAsync();
            GrainContext.ActivationServices.GetService<MilestoneSeals>()?.Report(this.GetPrimaryKey(), state.State.SealedPages);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Milestone log {Log} not sealed; its open tail keeps {Count} milestones until the next milestone",
                this.GetGrainId(), state.State.Milestones.Length);
        }
    }

    /// <summary>A milestone can only build on orders the team itself placed in this challenge's shop.</summary>
    private async Task EnsureOwnOrdersAsync(ImmutableArray<Guid> orderIds)
    {
        if (orderIds.IsEmpty)
        {
            return;
        }

        var unknown = await GrainFactory.GetGrain<IBudgetGrain>(this.GetPrimaryKey()).FindUnknownOrdersAsync(orderIds);
        if (unknown.Length > 0)
        {
            throw new DomainException(ProblemTypes.UnknownOrder,
                $"This team has no order {string.Join(", ", unknown)}; a milestone can only point to the team's own orders.");
        }
    }

    /// <summary>
    /// A milestone can only show photos the team itself uploaded as evidence. Returns them as the wall keeps them, so that it
    /// gets them with the milestone.
    /// </summary>
    private async Task<ImmutableArray<WallPhoto>> EnsureOwnPhotosAsync(ImmutableArray<Guid> photoIds, Guid? authorId)
    {
        if (photoIds.IsEmpty)
        {
            return [];
        }

        var found = await GrainFactory.GetGrain<IEvidenceGrain>(this.GetPrimaryKey()).FindAsync(photoIds);
        var unknown = photoIds.Where(id => found.All(p => p.Id != id)).ToArray();
        if (unknown.Length > 0)
        {
            var detail = $"This team has no photo {string.Join(", ", unknown)}; a milestone can only show the team's own photos. Upload the photo first.";
            throw new DomainException(ProblemTypes.UnknownPhoto, detail,
                ImmutableDictionary<string, string[]>.Empty.Add("photoIds", [detail]));
        }

        return [.. found.Select(p => new WallPhoto(p.Id, authorId, p.UploadedBy))];
    }
}
