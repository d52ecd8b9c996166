using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Badges.Credentials;
using ChallengeHub.Silo.Badges.Credentials.Issuance;

namespace ChallengeHub.Silo.Recognitions;

/// <summary>
/// Turns a published recognition into an unsigned Open Badges 3.0 <c>OpenBadgeCredential</c>, signed by the badges'
/// <see cref="CredentialIssuer"/> with the same signers, store and status list. The achievement is the category, its criteria
/// the jury's reason; the subject is the team, as for badges; evidence milestones carry their neutral names only, since a
/// signed credential cannot follow a later change of a pupil's consent. In Dutch, like badge credentials.
/// </summary>
public static class RecognitionCredentials
{
    /// <summary>Where a recognition's credential is served: <c>/recognitions/{challenge}/{recognition}</c> plus <c>.json</c> or <c>.jsonld</c>.</summary>
    public static string CredentialId(string origin, Guid challengeId, Guid recognitionId) => $"{origin}/recognitions/{challengeId}/{recognitionId}";

    /// <summary>The recognition as a draft to issue; <c>null</c> when the challenge's season holds no such published recognition.</summary>
    public static async Task<CredentialDraft?> DraftAsync(IGrainFactory grains, Guid challengeId, Guid recognitionId, string origin)
    {
        if (await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() is not { } challenge)
        {
            return null;
        }

        var season = await grains.GetGrain<ISeasonGrain>(challengeId).GetPublicAsync();
        foreach (var venue in season.Rounds.SelectMany(r => r.Venues))
        {
            var board = await grains.GetGrain<IDeliberationBoardGrain>(venue.Id).GetAsync(challengeId);
            if (board.Publication is { } publication
                && board.Teams.SelectMany(t => t.Recognitions).FirstOrDefault(r => r.Id == recognitionId) is { } recognition
                && await grains.GetGrain<ITeamGrain>(recognition.TeamId).GetAsync() is { } team)
            {
                var milestones = await grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challengeId);
                var evidence = milestones.Where(m => recognition.MilestoneIds.Contains(m.Id)).ToImmutableArray();
                return new CredentialDraft(challengeId, index => Credential(origin, challenge, board.VenueName, team, recognition, evidence, publication.PublishedAt, index));
            }
        }

        return null;
    }

    private static JsonObject Credential(
        string origin, ChallengeDetails challenge, string venue, TeamDetails team, Recognition recognition, ImmutableArray<Milestone> evidence, DateTimeOffset publishedAt, int statusIndex)
    {
        var issuer = BadgeCredentials.IssuerId(origin, challenge.Id);
        var id = CredentialId(origin, challenge.Id, recognition.Id);
        var category = recognition.Category.Name.Nl;
        var jurors = string.Join(", ", recognition.AgreedBy.Select(j => j.Name));
        var proof = new JsonArray([.. evidence.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = EvidencePages.MilestoneId(origin, m.Id),
            ["type"] = new JsonArray("Evidence"),
            ["name"] = EvidenceNames.Neutral(m, team, challenge),
        })]);
        if (recognition.Words is { } words)
        {
            proof.Add(new JsonObject
            {
                ["id"] = $"{id}#jury",
                ["type"] = new JsonArray("Evidence"),
                ["name"] = $"Woorden van de jury ({jurors})",
                ["genre"] = "Observation",
                ["narrative"] = words,
            });
        }

        return JsonCompaction.WithoutEmpty(new JsonObject
        {
            ["@context"] = new JsonArray(BadgeCredentials.VcContext, BadgeCredentials.ObContext, BadgeCredentials.ExtensionsContext),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = $"Erkenning: {category}",
            ["description"] = $"De jury van {venue} erkende team {team.Name} ({team.School}) voor {category} in de challenge {challenge.Title}.",
            ["issuer"] = new JsonObject { ["id"] = issuer, ["type"] = new JsonArray("Profile"), ["name"] = challenge.Title },
            ["validFrom"] = publishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"urn:uuid:{team.Id}",
                ["type"] = new JsonArray("AchievementSubject"),
                ["achievement"] = new JsonObject
                {
                    ["id"] = $"{issuer}/recognitions/{recognition.Category.Id}",
                    ["type"] = new JsonArray("Achievement"),
                    ["name"] = category,
                    ["description"] = $"Een erkenning door de jury voor {category}.",
                    ["criteria"] = new JsonObject { ["narrative"] = recognition.Reason },
                },
                ["source"] = new JsonObject { ["id"] = $"urn:uuid:{recognition.VenueId}", ["type"] = new JsonArray("Profile"), ["name"] = $"Jury van {venue}: {jurors}" },
            },
            ["evidence"] = proof,
            ["credentialStatus"] = StatusLists.Entry(origin, challenge.Id, statusIndex),
            ["credentialSchema"] = new JsonArray(new JsonObject { ["id"] = BadgeCredentials.SchemaId, ["type"] = "1EdTechJsonSchemaValidator2019" }),
        });
    }
}
