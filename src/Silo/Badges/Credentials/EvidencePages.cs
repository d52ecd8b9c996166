using System.Collections.Immutable;
using System.Net;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>
/// A milestone as public badge evidence: when, which competences it shows, the team and its school, and the title and story
/// in the pupil's words only when its author consented to the showcase (or a coach wrote it); otherwise
/// <paramref name="Title"/> is a neutral name of team, date and competences and <paramref name="WordsWithheld"/> is set.
/// Never a pupil's name, never a photo. <paramref name="EvidenceOf"/> are the credentials of the standing badges that name it.
/// </summary>
public sealed record PublicMilestone(
    Guid Id,
    string Title,
    DateTimeOffset LoggedAt,
    string ChallengeTitle,
    string TeamName,
    string School,
    ImmutableArray<PublicCompetence> Competences,
    string? Story,
    ImmutableArray<string> EvidenceOf,
    bool WordsWithheld = false);

public sealed record PublicCompetence(string Id, LocalizedText Name);

/// <summary>The public pages of milestones that are evidence of a badge that stands; every other milestone is not found.</summary>
public static class EvidencePages
{
    /// <summary>The page's one inline style block; the Content-Security-Policy allows exactly this text by its hash.</summary>
    internal const string Style = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}a{color:#0b4f8a}";

    public static string MilestoneId(string origin, Guid milestoneId) => $"{origin}/milestones/{milestoneId}";

    public static void MapEvidencePages(this IEndpointRouteBuilder routes)
    {
        var milestones = routes.MapGroup("/milestones").WithTags("Credentials").AllowAnonymous();
        milestones.MapGet("/{milestoneId:guid}", PageAsync).WithName("GetMilestonePage")
            .WithSummary("A milestone's public evidence page, while a standing badge names it; with Accept: application/json its JSON form");
        milestones.MapGet("/{milestoneId:guid}.json", JsonAsync).WithName("GetPublicMilestone").WithSummary("A milestone's public evidence, as JSON");
    }

    public static async Task<PublicMilestone?> FindAsync(IGrainFactory grains, Guid milestoneId, string origin)
    {
        if (await grains.GetGrain<IEvidenceLocatorGrain>(milestoneId).GetAsync() is not { } location
            || await grains.GetGrain<IChallengeGrain>(location.ChallengeId).GetAsync() is not { } challenge
            || await grains.GetGrain<ITeamGrain>(location.TeamId).GetAsync() is not { } team)
        {
            return null;
        }

        var standing = (await grains.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challenge.Id))
            .Where(b => !b.IsRevoked && b.MilestoneIds.Contains(milestoneId)).ToArray();
        var milestone = (await grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id)).FirstOrDefault(m => m.Id == milestoneId);
        if (standing.Length == 0 || milestone is null)
        {
            return null;
        }

        var wordsShown = await EvidenceNames.WordsShownAsync(grains, team.Id, milestone);
        return new PublicMilestone(milestone.Id, wordsShown ? milestone.Title : EvidenceNames.Neutral(milestone, team, challenge), milestone.LoggedAt,
            challenge.Title, team.Name, team.School,
            [.. challenge.Competences.Where(c => milestone.CompetenceIds.Contains(c.Id)).Select(c => new PublicCompetence(c.Id, c.Name))],
            wordsShown && milestone.Story.Length > 0 ? milestone.Story : null,
            [.. standing.Select(b => BadgeCredentials.CredentialId(origin, b.Id))],
            !wordsShown);
    }

    private static async Task<IResult> PageAsync(Guid milestoneId, HttpContext http, IGrainFactory grains)
    {
        if (http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value == "application/json"))
        {
            return await JsonAsync(milestoneId, http, grains);
        }

        return await FindAsync(grains, milestoneId, PublicAddress.Of(http)) is { } milestone
            ? TypedResults.Content(Render(milestone), "text/html; charset=utf-8")
            : TypedResults.NotFound();
    }

    private static async Task<IResult> JsonAsync(Guid milestoneId, HttpContext http, IGrainFactory grains) =>
        await FindAsync(grains, milestoneId, PublicAddress.Of(http)) is { } milestone ? TypedResults.Ok(milestone) : TypedResults.NotFound();

    private static string Render(PublicMilestone milestone)
    {
        var competences = string.Concat(milestone.Competences.Select(c => $"<li>{E(c.Name.Nl)}</li>"));
        var badges = string.Concat(milestone.EvidenceOf.Select(url => $"<li><a href=\"{E(new Uri(url).AbsolutePath)}\">Badge</a></li>"));
        return $"""
            <!doctype html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(milestone.Title)} – mijlpaal van {E(milestone.TeamName)}</title>
            <style>{Style}</style>
            </head>
            <body>
            <main>
            <h1>{E(milestone.Title)}</h1>
            <dl>
            <dt>Team</dt><dd>{E(milestone.TeamName)}, {E(milestone.School)}</dd>
            <dt>Challenge</dt><dd>{E(milestone.ChallengeTitle)}</dd>
            <dt>Datum</dt><dd>{milestone.LoggedAt:dd-MM-yyyy}</dd>
            </dl>
            {(competences.Length > 0 ? $"<h2>Getoonde competenties</h2><ul>{competences}</ul>" : string.Empty)}
            {(milestone.Story is { } story ? $"<h2>Hun verhaal</h2><p>{E(story)}</p>" : string.Empty)}
            <h2>Bewijs voor</h2><ul>{badges}</ul>
            </main>
            </body>
            </html>
            """;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
