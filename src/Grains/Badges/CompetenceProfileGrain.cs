using System.Collections.Immutable;
using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Grains.Badges.Language;
using ChallengeHub.Grains.Badges.Status;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Grains.Badges;

public sealed class CompetenceProfileGrain(
    [PersistentState("profile", Constants.StorageName)] IPersistentState<CompetenceProfileState> state,
    TimeProvider time,
    ILogger<CompetenceProfileGrain> logger) : Grain, ICompetenceProfileGrain, IRemindable
{
    public const int MaxCompetenceIdLength = 100;
    public const int MaxFeedbackLength = 1000;
    public const int MaxEvidence = 20;

    /// <summary>Several jurors per competence fit easily; the cap keeps the profile inside one storage entity.</summary>
    public const int MaxBadges = 200;

    public const int MaxReasonLength = 500;

    private WallFeed<CompetenceProfileState> Feed => field ??= new(this, GrainFactory, state, logger, (wall, number) =>
    {
        var profile = state.State;
        if (profile.Badges.FirstOrDefault(b => b.Number == number) is { } awarded)
        {
            return wall.BadgeAwardedAsync(number, awarded.Badge, profile.ShownLevelThrough(number, awarded.Badge.CompetenceId));
        }

        var revoked = profile.Badges.Single(b => b.RevokedAsNumber == number).Badge;
        return wall.BadgeRevokedAsync(number, revoked, profile.ShownLevelThrough(number, revoked.CompetenceId));
    });

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Feed.ResumeIfBehind();
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Feed.CatchUpAsync();

    public async Task<Badge> AwardAsync(Guid challengeId, AwardBadgeRequest request, string? idempotencyKey, Juror? juror = null)
    {
        var (team, challenge) = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        var validation = new Validation();
        var competenceId = validation.Text("competenceId", request.CompetenceId, MaxCompetenceIdLength);
        var feedbackField = request.Shown is null ? "feedback" : "shown";
        var feedback = validation.Text(feedbackField, request.Shown ?? request.Feedback, MaxFeedbackLength);
        var nextStep = validation.Text("nextStep", request.NextStep, MaxFeedbackLength, required: false);
        var observation = validation.Text("observation", request.Observation, MaxFeedbackLength, required: false);
        if (request.Level is not (>= 1 and <= 4))
        {
            validation.Add("level", "level must be 1, 2, 3 or 4.");
        }

        var milestoneIds = (request.MilestoneIds ?? []).Distinct().ToImmutableArray();
        if (milestoneIds.Length > MaxEvidence)
        {
            validation.Add("milestoneIds", $"A badge can point to at most {MaxEvidence} milestones.");
        }

        validation.CheckKey(idempotencyKey);

        validation.ThrowIfInvalid();
        var level = request.Level!.Value;
        var flagged = CheckLanguage(request.AcknowledgeLanguageWarning, (feedbackField, feedback), ("nextStep", nextStep), ("observation", observation));
        var competence = challenge.Competences.FirstOrDefault(c => c.Id == competenceId)
            ?? throw new DomainException(ProblemTypes.UnknownCompetence, $"The framework of this challenge has no competence '{competenceId}'.");

        var unknown = await GrainFactory.GetGrain<IMilestoneLogGrain>(team.Id).FindUnknownAsync(milestoneIds);
        if (unknown.Length > 0)
        {
            throw new DomainException(ProblemTypes.UnknownMilestone,
                $"This team has no milestone {string.Join(", ", unknown)}; a badge's evidence must be the team's own milestones.");
        }

        if (Idempotency.FindRetry(state.State.Badges, idempotencyKey,
                b => b.Repeats(competenceId, level, feedback, nextStep, milestoneIds, observation), "badge") is { } earlier)
        {
            await Feed.SyncAsync();
            return earlier.Badge;
        }

        ChallengeLifecycle.EnsureBadgesCanBeAwarded(challenge);
        EnsurePrerequisiteHeld(challenge, competence);
        if (state.State.Badges.Length >= MaxBadges)
        {
            throw new DomainException(ProblemTypes.ProfileFull, $"A team can hold up to {MaxBadges} badges.");
        }

        var badge = new Badge(Guid.NewGuid(), team.Id, competenceId, level, feedback, milestoneIds, time.GetUtcNow(),
            nextStep.Length > 0 ? nextStep : null, flagged.IsEmpty ? null : flagged, juror?.Id, juror?.Name,
            Observation: observation.Length > 0 ? observation : null);
        var location = new BadgeLocation(challengeId, team.Id);
        await GrainFactory.GetGrain<IBadgeLocatorGrain>(badge.Id).SetAsync(location);
        await Task.WhenAll(milestoneIds.Select(id => GrainFactory.GetGrain<IEvidenceLocatorGrain>(id).SetAsync(location)));
        await GrainFactory.GetGrain<IStatusListGrain>(challengeId).AssignAsync(badge.Id);
        var previous = state.State.Badges;
        state.State.ChallengeId = challengeId;
        state.State.Badges = previous.Add(new AwardedBadge(state.State.EntryCount + 1, badge, idempotencyKey));
        await Feed.StoreAndSendAsync(() => state.State.Badges = previous);
        await GrainFactory.GetGrain<IPushNotifierGrain>(Constants.SingletonKey).PublishShowcaseTeamChangedAsync(challengeId, team.Id);
        return badge;
    }

    public async Task<Badge> RevokeAsync(Guid challengeId, Guid badgeId, RevokeBadgeRequest request, Juror? revokedBy = null)
    {
        await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        var validation = new Validation();
        var reason = validation.Text("reason", request.Reason, MaxReasonLength);
        validation.ThrowIfInvalid();
        var previous = state.State.Badges;
        var awarded = previous.FirstOrDefault(b => b.Badge.Id == badgeId) ?? throw DomainException.NotFound(ProblemTypes.BadgeNotFound, badgeId);
        if (awarded.Badge.Revocation is { } earlier)
        {
            throw new DomainException(ProblemTypes.BadgeAlreadyRevoked,
                $"This badge was revoked on {earlier.RevokedAt:yyyy-MM-dd HH:mm} UTC: {earlier.Reason}");
        }

        // The published bit first: should storing the revocation fail, a verifier already reads it as revoked and a retry finishes it.
        await GrainFactory.GetGrain<IStatusListGrain>(challengeId).RevokeAsync(badgeId);
        var revocation = new BadgeRevocation(reason, revokedBy?.Id, revokedBy?.Name, time.GetUtcNow());
        var revoked = awarded with { Badge = awarded.Badge with { Revocation = revocation }, RevokedAsNumber = state.State.EntryCount + 1 };
        state.State.Badges = previous.Replace(awarded, revoked);
        await Feed.StoreAndSendAsync(() => state.State.Badges = previous);
        logger.LogInformation("Badge {BadgeId} of team {TeamId} revoked by {RevokedBy}", badgeId, this.GetPrimaryKey(), revokedBy?.Id);
        return revoked.Badge;
    }

    /// <summary>Safety first: a competence that requires another is only recognised once the team holds that one.</summary>
    private void EnsurePrerequisiteHeld(ChallengeDetails challenge, Competence competence)
    {
        if (competence.Requires is not { } required || state.State.Badges.Any(b => b.Badge.CompetenceId == required && !b.Badge.IsRevoked))
        {
            return;
        }

        var name = challenge.Competences.FirstOrDefault(c => c.Id == required)?.Name.Nl ?? required;
        throw new DomainException(ProblemTypes.PrerequisiteMissing,
            $"'{competence.Name.Nl}' is awarded once the team holds a badge for '{name}' ({required}). Award that one first.",
            ImmutableDictionary<string, string[]>.Empty.Add("competenceId", [$"Requires a badge for '{required}' first."]));
    }

    /// <summary>
    /// Refuses feedback with flagged phrases, naming them per field, until the juror acknowledges the warning;
    /// then returns them so that the badge records that it was saved anyway.
    /// </summary>
    private static ImmutableArray<string> CheckLanguage(bool acknowledged, params (string Field, string Text)[] fields)
    {
        var found = fields.Select(f => (f.Field, Phrases: LanguageGuard.Find(f.Text))).Where(f => f.Phrases.Length > 0).ToArray();
        if (found.Length > 0 && !acknowledged)
        {
            throw new DomainException(ProblemTypes.LanguageWarning,
                $"Please rephrase: {string.Join(", ", found.SelectMany(f => f.Phrases).Distinct().Select(p => $"'{p}'"))}. Feedback says what the team showed and a next step. " +
                "To save it as it is after reading this, send acknowledgeLanguageWarning: true; the warning is then recorded on the badge.",
                found.ToImmutableDictionary(f => f.Field, f => f.Phrases.ToArray()));
        }

        return [.. found.SelectMany(f => f.Phrases).Distinct()];
    }

    public async Task<ImmutableArray<Badge>> ListAsync(Guid challengeId)
    {
        await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        return [.. state.State.Badges.Reverse().Select(b => b.Badge)];
    }
}
