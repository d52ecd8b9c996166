using System.Net;
using ChallengeHub.Grains;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>
/// The human side of a badge's verification address, in the reader's language (nl, fr, en): what was recognised, for which
/// team, by whom, whether it still stands, what ChallengeHub checked to say so, and where to check it without ChallengeHub.
/// Names the team and school, never a pupil.
/// </summary>
internal static class VerificationPage
{
    /// <summary>The page's one inline style block; the Content-Security-Policy allows exactly this text by its hash.</summary>
    internal const string Style = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}.status{padding:.5rem;border-left:4px solid #1f7a3a}.revoked{border-color:#a01818}nav a{margin-right:.75rem}";

    /// <summary>Independent verifiers a reader can hand the credential to.</summary>
    internal static readonly (string Name, string Address)[] Verifiers =
    [
        ("1EdTech Open Badges 3.0 validator", "https://openbadgesvalidator.imsglobal.org/"),
        ("VerifierPlus (Digital Credentials Consortium)", "https://verifierplus.org/"),
    ];

    public static string Render(BadgeRecord record, string credentialPath, string language, bool signatureHolds)
    {
        var t = VerificationTexts.For(language);
        var (badge, challenge, team, competence) = (record.Badge, record.Challenge, record.Team, record.Competence);
        var level = competence.Levels.First(l => l.Level == badge.Level);
        var status = badge.Revocation is { } revocation
            ? $"<p class=\"status revoked\" role=\"status\">{E(string.Format(t.Culture, t.RevokedOn, revocation.RevokedAt))}: {E(revocation.Reason)}</p>"
            : $"<p class=\"status\" role=\"status\">{E(t.Valid)}</p>";
        var evidence = string.Concat(record.Evidence.Select(m => $"<li>{E(record.NameOf(m))}</li>"));
        var checks = string.Concat(t.Checks(signatureHolds, badge.AwardedAt, badge.Revocation?.RevokedAt).Select(c => $"<li><strong>{E(c.Check)}</strong>: {E(c.Detail)}</li>"));
        var verifiers = string.Concat(Verifiers.Select(v => $"<li><a href=\"{E(v.Address)}\" rel=\"noopener\">{E(v.Name)}</a></li>"));
        return $"""
            <!doctype html>
            <html lang="{t.Language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(In(competence.Name, t.Language))} – {E(string.Format(t.Culture, t.BadgeOf, team.Name))}</title>
            <style>{Style}</style>
            </head>
            <body>
            <nav aria-label="Taal / Langue / Language"><a href="?ui-culture=nl" lang="nl">Nederlands</a><a href="?ui-culture=fr" lang="fr">Français</a><a href="?ui-culture=en" lang="en">English</a></nav>
            <main>
            <h1>{E(In(competence.Name, t.Language))}</h1>
            {status}
            <p><strong>{E(In(level.Name, t.Language))}</strong> ({E(string.Format(t.Culture, t.LevelOf, level.Level))}): {E(In(level.Descriptor ?? level.Name, t.Language))}</p>
            <dl>
            <dt>{E(t.Team)}</dt><dd>{E(team.Name)}, {E(team.School)}</dd>
            <dt>Challenge</dt><dd>{E(challenge.Title)}</dd>
            <dt>{E(t.Awarded)}</dt><dd>{badge.AwardedAt:dd-MM-yyyy}{(badge.JurorName is { } juror ? $" {E(t.By)} {E(juror)}" : string.Empty)}</dd>
            </dl>
            {(evidence.Length > 0 ? $"<h2>{E(t.Evidence)}</h2><ul>{evidence}</ul>" : string.Empty)}
            <h2>{E(t.WhatWasChecked)}</h2>
            <ul>{checks}</ul>
            <h2>{E(t.CheckYourself)}</h2>
            <p>{E(t.CheckYourselfHow)}</p>
            <ul>{verifiers}</ul>
            <p><a href="{E(credentialPath)}">{E(t.Credential)}</a></p>
            </main>
            </body>
            </html>
            """;
    }

    private static string In(LocalizedText text, string language) => language switch
    {
        "fr" => text.Fr ?? text.Nl,
        "en" => text.En,
        _ => text.Nl,
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
