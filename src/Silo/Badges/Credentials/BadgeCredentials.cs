using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Badges.Attributions;
using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>
/// A badge with everything its credential and verification page say: where it was earned, by whom, on what evidence.
/// <paramref name="Pupils"/> are the pupils the coach attributed it to, as salted hashes only. <paramref name="WordsShown"/> are
/// the evidence milestones whose titles the verification page may show now (see <see cref="EvidenceNames"/>).
/// </summary>
public sealed record BadgeRecord(Badge Badge, ChallengeDetails Challenge, TeamDetails Team, Competence Competence, ImmutableArray<Milestone> Evidence,
    ImmutableArray<HashedIdentity> Pupils, ImmutableHashSet<Guid> WordsShown)
{
    /// <summary>The evidence milestone's title where consent allows it now, its neutral name otherwise.</summary>
    public string NameOf(Milestone milestone) => WordsShown.Contains(milestone.Id) ? milestone.Title : EvidenceNames.Neutral(milestone, Team, Challenge);
}

/// <summary>
/// Turns a badge into an unsigned Open Badges 3.0 <c>OpenBadgeCredential</c> (W3C Verifiable Credentials data model 2.0);
/// <see cref="Issuance.CredentialIssuer"/> signs it once per proof format. Pupils are never named: the subject is the team,
/// and the pupils the coach attributed the badge to appear only as salted hashes of their recovery codes (OB 3.0
/// <c>identifier</c>), which only each pupil can match to themselves.
/// </summary>
public static class BadgeCredentials
{
    public const string VcContext = "https://www.w3.org/ns/credentials/v2";
    public const string ObContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /// <summary>Defines <c>1EdTechJsonSchemaValidator2019</c>, the type of <c>credentialSchema</c>; without it JSON-LD processing stops there.</summary>
    public const string ExtensionsContext = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    public const string KeySetPath = "/.well-known/jwks.json";

    /// <summary>Where each public key is published on its own: a JOSE <c>kid</c> dereferences to exactly one JWK (OB 3.0).</summary>
    public const string KeyPath = "/credentials/keys";

    /// <summary>The 1EdTech JSON Schema every AchievementCredential validates against.</summary>
    public const string SchemaId = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    public static async Task<BadgeRecord?> FindAsync(IGrainFactory grains, Guid badgeId)
    {
        if (await grains.GetGrain<IBadgeLocatorGrain>(badgeId).GetAsync() is not { } location
            || await grains.GetGrain<IChallengeGrain>(location.ChallengeId).GetAsync() is not { } challenge
            || await grains.GetGrain<ITeamGrain>(location.TeamId).GetAsync() is not { } team)
        {
            return null;
        }

        var badges = await grains.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challenge.Id);
        if (badges.FirstOrDefault(b => b.Id == badgeId) is not { } badge || challenge.Competences.FirstOrDefault(c => c.Id == badge.CompetenceId) is not { } competence)
        {
            return null;
        }

        var milestones = await grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id);
        var pupils = await grains.GetGrain<IBadgeAttributionsGrain>(team.Id).GetHashesAsync(badgeId);
        var evidence = milestones.Where(m => badge.MilestoneIds.Contains(m.Id)).ToImmutableArray();
        return new BadgeRecord(badge, challenge, team, competence, evidence, pupils, await EvidenceNames.WordsShownAsync(grains, team.Id, evidence));
    }

    public static string CredentialId(string origin, Guid badgeId) => $"{origin}/badges/{badgeId}";

    public static string IssuerId(string origin, Guid challengeId) => $"{origin}/issuers/{challengeId}";

    /// <summary>Where ChallengeHub's own issuer profile is published: the issuer of what spans challenges, such as a pupil's learner record.</summary>
    public const string ChallengeHubIssuerPath = "/issuers/challengehub";

    public const string ChallengeHubIssuerName = "ChallengeHub";

    public static string ChallengeHubIssuerId(string origin) => $"{origin}{ChallengeHubIssuerPath}";

    public static string KeyId(string origin, SigningKey key) => $"{origin}{KeyPath}/{key.Id}";

    /// <summary>
    /// The credential as issued, without proof; <paramref name="statusIndex"/> is the badge's index in its challenge's status
    /// list (<see cref="StatusLists"/>). Absent values are left out rather than sent as <c>null</c> or <c>[]</c>
    /// (OB 3.0 asks issuers to omit them), see <see cref="JsonCompaction"/>.
    /// </summary>
    public static JsonObject Credential(string origin, BadgeRecord record, int statusIndex)
    {
        var (badge, challenge, team, competence) = (record.Badge, record.Challenge, record.Team, record.Competence);
        var achievementId = $"{IssuerId(origin, challenge.Id)}/achievements/{competence.Id}";
        var level = competence.Levels.First(l => l.Level == badge.Level);
        var achievement = new JsonObject
        {
            ["id"] = achievementId,
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = "Competency",
            ["name"] = competence.Name.Nl,
            ["description"] = (competence.Description ?? competence.Name).Nl,
            ["criteria"] = new JsonObject { ["narrative"] = $"{level.Name.Nl} (niveau {level.Level}/4): {(level.Descriptor ?? level.Name).Nl}" },
            ["resultDescription"] = new JsonArray(new JsonObject
            {
                ["id"] = $"{achievementId}#rubric",
                ["type"] = new JsonArray("ResultDescription"),
                ["name"] = "Rubriekniveau",
                ["resultType"] = "RubricCriterionLevel",
                ["allowedValue"] = new JsonArray([.. competence.Levels.Select(l => (JsonNode)JsonValue.Create(l.Name.Nl))]),
                ["rubricCriterionLevel"] = new JsonArray([.. competence.Levels.Select(l => (JsonNode)new JsonObject
                {
                    ["id"] = $"{achievementId}#level-{l.Level}",
                    ["type"] = new JsonArray("RubricCriterionLevel"),
                    ["name"] = l.Name.Nl,
                    ["level"] = l.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["description"] = (l.Descriptor ?? l.Name).Nl,
                })]),
            }),
        };
        if (competence.ExternalReference is { } reference)
        {
            achievement["alignment"] = new JsonArray(new JsonObject
            {
                ["type"] = new JsonArray("Alignment"),
                ["targetName"] = competence.Name.Nl,
                ["targetUrl"] = Uri.TryCreate(reference, UriKind.Absolute, out _) ? reference : $"urn:x-challengehub:qualification:{reference}",
                ["targetCode"] = reference,
            });
        }

        var subject = new JsonObject
        {
            ["id"] = $"urn:uuid:{team.Id}",
            ["type"] = new JsonArray("AchievementSubject"),
            ["achievement"] = achievement,
            ["result"] = new JsonArray(new JsonObject
            {
                ["type"] = new JsonArray("Result"),
                ["resultDescription"] = $"{achievementId}#rubric",
                ["achievedLevel"] = $"{achievementId}#level-{badge.Level}",
                ["value"] = level.Name.Nl,
            }),
        };
        if (!record.Pupils.IsEmpty)
        {
            subject["identifier"] = new JsonArray([.. record.Pupils.Select(p => (JsonNode)new JsonObject
            {
                ["type"] = "IdentityObject",
                ["identityType"] = "identifier",
                ["hashed"] = true,
                ["identityHash"] = p.IdentityHash,
                ["salt"] = p.Salt,
            })]);
        }

        if (badge.JurorId is { } juror)
        {
            subject["source"] = new JsonObject { ["id"] = $"urn:uuid:{juror}", ["type"] = new JsonArray("Profile"), ["name"] = badge.JurorName };
        }

        return JsonCompaction.WithoutEmpty(new JsonObject
        {
            ["@context"] = new JsonArray(VcContext, ObContext, ExtensionsContext),
            ["id"] = CredentialId(origin, badge.Id),
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = $"{competence.Name.Nl}: {level.Name.Nl}",
            ["description"] = $"Team {team.Name} ({team.School}) toonde deze competentie in de challenge {challenge.Title}.",
            ["issuer"] = new JsonObject { ["id"] = IssuerId(origin, challenge.Id), ["type"] = new JsonArray("Profile"), ["name"] = challenge.Title },
            ["validFrom"] = badge.AwardedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["credentialSubject"] = subject,
            ["evidence"] = Evidence(origin, record),
            ["credentialStatus"] = StatusLists.Entry(origin, challenge.Id, statusIndex),
            ["credentialSchema"] = new JsonArray(new JsonObject { ["id"] = SchemaId, ["type"] = "1EdTechJsonSchemaValidator2019" }),
        });
    }

    /// <summary>
    /// The milestones the badge names, each with its public page and a neutral name, and the juror's observation note when there is one: an OB 3.0
    /// <c>Evidence</c> with genre "Observation" whose narrative is the juror's own words, so a verifier reads what was seen in person.
    /// </summary>
    private static JsonArray Evidence(string origin, BadgeRecord record)
    {
        var evidence = new JsonArray([.. record.Evidence.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = EvidencePages.MilestoneId(origin, m.Id),
            ["type"] = new JsonArray("Evidence"),
            // Signed once, a credential cannot follow a later change of consent: its evidence never carries a pupil's words.
            ["name"] = EvidenceNames.Neutral(m, record.Team, record.Challenge),
        })]);
        if (record.Badge.Observation is { } observation)
        {
            evidence.Add(new JsonObject
            {
                ["id"] = $"{CredentialId(origin, record.Badge.Id)}#observation",
                ["type"] = new JsonArray("Evidence"),
                ["name"] = "Observatie door de jury ter plaatse",
                ["genre"] = "Observation",
                ["narrative"] = observation,
            });
        }

        return evidence;
    }
}
