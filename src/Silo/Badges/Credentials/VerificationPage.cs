using System.Net;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>
/// The human side of a badge's verification address: what was recognised, for which team, by whom and whether it still
/// stands. Names the team and school, never a pupil.
/// </summary>
internal static class VerificationPage
{
    /// <summary>The page's one inline style block; the Content-Security-Policy allows exactly this text by its hash.</summary>
    internal const string Style = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}.status{padding:.5rem;border-left:4px solid #1f7a3a}.revoked{border-color:#a01818}";

    public static string Render(BadgeRecord record, string credentialPath)
    {
        var (badge, challenge, team, competence) = (record.Badge, record.Challenge, record.Team, record.Competence);
        var level = competence.Levels.First(l => l.Level == badge.Level);
        var status = badge.Revocation is { } revocation
            ? $"<p class=\"status revoked\" role=\"status\">Ingetrokken op {revocation.RevokedAt:dd-MM-yyyy}: {E(revocation.Reason)}</p>"
            : "<p class=\"status\" role=\"status\">Geldig: uitgereikt via ChallengeHub en digitaal ondertekend.</p>";
        var evidence = string.Concat(record.Evidence.Select(m => $"<li>{E(record.NameOf(m))}</li>"));
        return $"""
            <!doctype html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(competence.Name.Nl)} – badge van {E(team.Name)}</title>
            <style>{Style}</style>
            </head>
            <body>
            <main>
            <h1>{E(competence.Name.Nl)}</h1>
            {status}
            <p><strong>{E(level.Name.Nl)}</strong> (niveau {level.Level} van 4): {E((level.Descriptor ?? level.Name).Nl)}</p>
            <dl>
            <dt>Team</dt><dd>{E(team.Name)}, {E(team.School)}</dd>
            <dt>Challenge</dt><dd>{E(challenge.Title)}</dd>
            <dt>Uitgereikt</dt><dd>{badge.AwardedAt:dd-MM-yyyy}{(badge.JurorName is { } juror ? $" door {E(juror)}" : string.Empty)}</dd>
            </dl>
            {(evidence.Length > 0 ? $"<h2>Bewijs</h2><ul>{evidence}</ul>" : string.Empty)}
            <p><a href="{E(credentialPath)}">Open Badges 3.0-credential (ondertekend)</a></p>
            </main>
            </body>
            </html>
            """;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
