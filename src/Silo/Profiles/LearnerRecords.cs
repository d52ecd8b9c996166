using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using ChallengeHub.Silo.Badges.Credentials;
using ChallengeHub.Silo.Badges.Credentials.DataIntegrity;
using ChallengeHub.Silo.Badges.Credentials.Issuance;

namespace ChallengeHub.Silo.Profiles;

/// <summary>
/// A pupil's learner record: a 1EdTech CLR 2.0 <c>ClrCredential</c> that bundles the Data Integrity form of every badge
/// credential in the pupil's name exactly as it was issued (each keeps its own proof) and the achievements they evidence,
/// issued by ChallengeHub itself (<see cref="BadgeCredentials.ChallengeHubIssuerId"/>) and signed by the badges' signer.
/// It says nothing the bundled credentials do not already say: no nickname, no milestone words, no juror's words to the
/// pupil, nothing about anyone else. Built per request, kept nowhere.
/// </summary>
public static class LearnerRecords
{
    public const string ClrContext = "https://purl.imsglobal.org/spec/clr/v2p0/context.json";

    /// <summary>The 1EdTech JSON Schema every ClrCredential validates against.</summary>
    public const string SchemaId = "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json";

    /// <summary>The unsigned record, or <c>null</c> when no badge is in the pupil's name (a CLR bundles at least one credential).</summary>
    public static async Task<JsonObject?> BuildAsync(CredentialIssuer issuer, ImmutableArray<ProfilePart> parts, string origin, ProfileTexts texts, DateTimeOffset now)
    {
        var credentials = new JsonArray();
        var achievements = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var badge in part.Badges.OrderBy(b => b.AwardedAt))
            {
                if (await issuer.FindAsync(badge.Id, origin, DataIntegritySigner.DataIntegrityFormat) is not { } issued)
                {
                    continue;
                }

                var credential = JsonNode.Parse(issued)!.AsObject();
                credentials.Add(credential);
                if (credential["credentialSubject"]?["achievement"] is JsonObject achievement && seen.Add(achievement["id"]!.GetValue<string>()))
                {
                    achievements.Add(achievement.DeepClone());
                }
            }
        }

        if (credentials.Count == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["@context"] = new JsonArray(BadgeCredentials.VcContext, ClrContext, BadgeCredentials.ObContext, BadgeCredentials.ExtensionsContext),
            ["id"] = $"urn:uuid:{Guid.NewGuid()}",
            ["type"] = new JsonArray("VerifiableCredential", "ClrCredential"),
            ["name"] = texts.RecordName,
            ["description"] = texts.RecordDescription,
            ["issuer"] = new JsonObject { ["id"] = BadgeCredentials.ChallengeHubIssuerId(origin), ["type"] = new JsonArray("Profile"), ["name"] = BadgeCredentials.ChallengeHubIssuerName },
            ["validFrom"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["credentialSubject"] = new JsonObject
            {
                // CLR 2.0 names the subject by id or identifier; its context defines no `identifier` for ClrSubject (a proof
                // cannot cover a term no context defines), so a fresh id that links nothing. Each bundled badge names the
                // pupil by the salted hash only they can match.
                ["id"] = $"urn:uuid:{Guid.NewGuid()}",
                ["type"] = new JsonArray("ClrSubject"),
                ["achievement"] = achievements,
                ["verifiableCredential"] = credentials,
            },
            ["credentialSchema"] = new JsonArray(new JsonObject { ["id"] = SchemaId, ["type"] = "1EdTechJsonSchemaValidator2019" }),
        };
    }
}
