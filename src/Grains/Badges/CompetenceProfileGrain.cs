using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Grains.Badges;

public sealed class CompetenceProfileGrain(
    [PersistentState("profile", Constants.StorageName)] IPersistentState<CompetenceProfileState> state,
    TimeProvider time,
    ILogger<CompetenceProfileGrain> logger) : Grain, ICompetenceProfileGrain
{
    public const int MaxFeedbackLength = 1000;
    public const int MaxEvidence = 20;

    /// <summary>Several jurors per competence fit easily; the cap keeps the profile inside one storage entity.</summary>
    public const int MaxBadges = 200;

    private WallFeed<CompetenceProfileState> Feed => field ??= new(this, GrainFactory, state, logger, (wall, number) =>
    {
        var badge = state.State.Badges[number - 1].Badge;
        var shownLevel = state.State.Badges.Take(number).Where(b => b.Badge.CompetenceId == badge.CompetenceId).Max(b => b.Badge.Level);
        return wall.BadgeAwardedAsync(number, badge, shownLevel);
    });

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Feed.ResumeIfBehind();
        return Task.CompletedTask;
    }

    public async Task<Badge> AwardAsync(Guid challengeId, AwardBadgeRequest request, string? idempotencyKey)
    {
        var (team, challenge) = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        var validation = new Validation();
        var competenceId = validation.Text("competenceId", request.CompetenceId, 100);
        var feedback = validation.Text("feedback", request.Feedback, MaxFeedbackLength);
        if (request.Level is not (>= 1 and <= 4))
        {
            validation.Add("level", "level must be 1, 2, 3 or 4.");
        }

        var milestoneIds = (request.MilestoneIds ?? []).Distinct().ToImmutableArray();
        if (milestoneIds.Length > MaxEvidence)
        {
            validation.Add("milestoneIds", $"A badge can point to at most {MaxEvidence} milestones.");
        }

        if (idempotencyKey is { Length: 0 or > MilestoneLogGrain.MaxIdempotencyKeyLength })
        {
            validation.Add("Idempotency-Key", $"Idempotency-Key must be 1 to {MilestoneLogGrain.MaxIdempotencyKeyLength} characters.");
        }

        validation.ThrowIfInvalid();
        var level = request.Level!.Value;
        if (!challenge.HasCompetence(competenceId))
        {
            throw new DomainException(DomainErrorKind.Unprocessable, "Unknown competence", $"The framework of this challenge has no competence '{competenceId}'.");
        }

        var unknown = await GrainFactory.GetGrain<IMilestoneLogGrain>(team.Id).FindUnknownAsync(milestoneIds);
        if (unknown.Length > 0)
        {
            throw new DomainException(DomainErrorKind.Unprocessable, "Unknown milestone",
                $"This team has no milestone {string.Join(", ", unknown)}; a badge's evidence must be the team's own milestones.");
        }

        if (idempotencyKey is not null && state.State.Badges.FirstOrDefault(b => b.IdempotencyKey == idempotencyKey) is { } earlier)
        {
            if (!earlier.Repeats(competenceId, level, feedback, milestoneIds))
            {
                throw new DomainException(DomainErrorKind.Unprocessable, "Idempotency-Key already used",
                    "This Idempotency-Key was already used for another badge. Send a new badge with a new key.");
            }

            await Feed.SyncAsync();
            return earlier.Badge;
        }

        ChallengeLifecycle.EnsureBadgesCanBeAwarded(challenge);
        if (state.State.Badges.Length >= MaxBadges)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Competence profile is full", $"A team can hold up to {MaxBadges} badges.");
        }

        var badge = new Badge(Guid.NewGuid(), team.Id, competenceId, level, feedback, milestoneIds, time.GetUtcNow());
        var previous = state.State.Badges;
        state.State.ChallengeId = challengeId;
        state.State.Badges = previous.Add(new AwardedBadge(previous.Length + 1, badge, idempotencyKey));
        await state.WriteOrUndoAsync(() => state.State.Badges = previous);
        await Feed.SyncAsync();
        return badge;
    }

    public async Task<ImmutableArray<Badge>> ListAsync(Guid challengeId)
    {
        await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        return [.. state.State.Badges.Reverse().Select(b => b.Badge)];
    }
}
