using System.Collections.Immutable;
using System.Security.Claims;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Badges.Attributions;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Badges.Certificates;
using ChallengeHub.Silo.Badges.Credentials;
using ChallengeHub.Silo.Badges.Credentials.Issuance;
using ChallengeHub.Silo.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChallengeHub.Silo.Badges;

public static class BadgesApi
{
    public static RouteGroupBuilder MapBadgesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}/teams/{teamId:guid}/badges")
            .WithTags("Badges")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", ListAsync).WithName("ListBadges").RequireAuthorization(AccessPolicies.ReadTeam).WithSummary("A team's badges, revoked ones included, newest first");
        group.MapPost("/", AwardAsync).WithName("AwardBadge").RequireAuthorization(AccessPolicies.Judge)
            .WithSummary("Award a competence badge at a rubric level; an Idempotency-Key makes retries safe")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{badgeId:guid}/revoke", RevokeAsync).WithName("RevokeBadge").RequireAuthorization(AccessPolicies.Judge)
            .WithSummary("Revoke a badge with a reason; it stays listed as the audit trail and the wall drops to the level left")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{badgeId:guid}/pupils", AttributeAsync).WithName("AttributeBadge").RequireAuthorization(AccessPolicies.CoachTeam)
            .WithSummary("Name the pupils of the team who showed a badge; its credential then carries each as a salted hash, never by name")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/attributions", ListAttributionsAsync).WithName("ListBadgeAttributions").RequireAuthorization(AccessPolicies.CoachTeam)
            .WithSummary("For the team's coach: per badge attributed to anyone, the ids of its pupils");
        group.MapCertificates();
        group.MapGet("/identity", IdentityAsync).WithName("GetOwnBadgeIdentity").RequireAuthorization(AccessPolicies.TeamPupil)
            .WithSummary("For the signed-in pupil: their recovery code and, per badge attributed to them, the salt and identity hash");

        var challenge = routes.MapGroup("/api/challenges/{challengeId:guid}").WithTags("Badges").ProducesProblem(StatusCodes.Status404NotFound);
        challenge.MapGet("/calibration", CalibrationAsync).WithName("GetCalibration").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Competences for which jurors gave a team levels two or more apart, by team name: to talk through, not to correct");
        challenge.MapGet("/review-queue", ReviewQueueAsync).WithName("GetReviewQueue").RequireAuthorization(AccessPolicies.Judge)
            .WithSummary("Milestones no badge uses as evidence yet, per team by name, and the teams no juror has visited yet");
        return group;
    }

    private static async Task<Ok<ImmutableArray<Badge>>> ListAsync(Guid challengeId, Guid teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICompetenceProfileGrain>(teamId).ListAsync(challengeId));

    private static async Task<Created<Badge>> AwardAsync(
        Guid challengeId,
        Guid teamId,
        AwardBadgeRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http,
        IGrainFactory grains,
        CredentialIssuer issuer,
        Telemetry telemetry)
    {
        var badge = await grains.GetGrain<ICompetenceProfileGrain>(teamId).AwardAsync(challengeId, request, idempotencyKey, JurorOf(http.User));
        // Signed once, now, and stored before the answer; a retry with the same key finishes an issuance cut short.
        await issuer.GetOrIssueAsync(badge.Id, PublicAddress.Of(http));
        telemetry.BadgeAwarded(challengeId);
        return TypedResults.Created($"/api/challenges/{challengeId}/teams/{teamId}/badges/{badge.Id}", badge);
    }

    /// <summary>Audited without its reason: a juror's free text may name a pupil.</summary>
    private static async Task<Ok<Badge>> RevokeAsync(
        Guid challengeId, Guid teamId, Guid badgeId, RevokeBadgeRequest request, HttpContext http, IGrainFactory grains, IAuditTrail audit)
    {
        var badge = await grains.GetGrain<ICompetenceProfileGrain>(teamId).RevokeAsync(challengeId, badgeId, request, JurorOf(http.User));
        await audit.RecordAsync(http, new("badge-revoked", challengeId, $"badge {badgeId}", $"team {teamId}, competence {badge.CompetenceId}"));
        return TypedResults.Ok(badge);
    }

    /// <summary>The credential names the attributed pupils (as salted hashes), so it is issued again with the new choice.</summary>
    private static async Task<Ok<BadgeAttribution>> AttributeAsync(
        Guid challengeId, Guid teamId, Guid badgeId, AttributeBadgeRequest request, HttpContext http, IGrainFactory grains, CredentialIssuer issuer)
    {
        var attribution = await grains.GetGrain<IBadgeAttributionsGrain>(teamId).AttributeAsync(challengeId, badgeId, request);
        await issuer.ReissueAsync(badgeId, PublicAddress.Of(http));
        return TypedResults.Ok(attribution);
    }

    private static async Task<Ok<ImmutableArray<BadgeAttribution>>> ListAttributionsAsync(Guid challengeId, Guid teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IBadgeAttributionsGrain>(teamId).ListAsync(challengeId));

    private static async Task<Ok<PupilBadgeIdentity>> IdentityAsync(Guid challengeId, Guid teamId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IBadgeAttributionsGrain>(teamId).GetForPupilAsync(challengeId, Caller.From(user)!.Id));

    private static async Task<Ok<ImmutableArray<CalibrationItem>>> CalibrationAsync(Guid challengeId, IGrainFactory grains)
    {
        var challenge = await ChallengeAsync(challengeId, grains);
        var teams = await grains.GetGrain<IChallengeGrain>(challengeId).GetTeamsAsync();
        var badges = await Task.WhenAll(teams.Select(t => grains.GetGrain<ICompetenceProfileGrain>(t.Id).ListAsync(challengeId)));
        return TypedResults.Ok(teams.Zip(badges).SelectMany(t => Calibration.Find(challenge, t.First, t.Second)).ToImmutableArray());
    }

    /// <summary>A juror invited to one venue reviews that venue's teams only.</summary>
    private static async Task<Ok<ReviewOverview>> ReviewQueueAsync(
        Guid challengeId, string? competence, Guid? team, HttpContext http, IGrainFactory grains, ChallengeRelations relations)
    {
        await ChallengeAsync(challengeId, grains);
        var venueTeams = await relations.VenueTeamsAsync(Caller.From(http.User), challengeId);
        if (venueTeams is not null && team is { } asked && !venueTeams.Contains(asked))
        {
            throw new DomainException(ProblemTypes.NotAllowed, "You were invited to another venue than this team's.");
        }

        var teams = (await grains.GetGrain<IChallengeGrain>(challengeId).GetTeamsAsync())
            .Where(t => (team is null || t.Id == team) && (venueTeams is null || venueTeams.Contains(t.Id))).ToArray();
        var milestones = await Task.WhenAll(teams.Select(t => grains.GetGrain<IMilestoneLogGrain>(t.Id).ListAsync(challengeId)));
        var badges = await Task.WhenAll(teams.Select(t => grains.GetGrain<ICompetenceProfileGrain>(t.Id).ListAsync(challengeId)));
        var competenceId = string.IsNullOrWhiteSpace(competence) ? null : competence.Trim();
        return TypedResults.Ok(ReviewOverview.Build(teams.Select((t, i) => (t, milestones[i], badges[i])), competenceId));
    }

    private static async Task<ChallengeDetails> ChallengeAsync(Guid challengeId, IGrainFactory grains) =>
        await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, challengeId);

    private static Juror? JurorOf(ClaimsPrincipal user) => Caller.From(user) is { } caller ? new Juror(caller.Id, caller.DisplayName) : null;
}
