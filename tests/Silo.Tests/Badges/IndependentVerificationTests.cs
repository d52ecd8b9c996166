using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Verifier;
using Json.Schema;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>
/// Every kind of credential ChallengeHub issues, checked with tools it does not use itself: the 1EdTech JSON Schema
/// (JsonSchema.Net), and in Node <c>jose</c> against the JWK the kid dereferences to, <c>jsonld</c> expansion in safe mode
/// with the published contexts, and the Bitstring Status List read by Digital Bazaar's status list library.
/// </summary>
public sealed class IndependentVerificationTests(SiloFixture silo)
{
    [Fact]
    public async Task ACredentialWithEvidencePupilsAndAnObservationPassesTheSchemaJoseJsonLdAndItsStatus()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        using var lotte = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        var milestone = await lotte.LogMilestoneAsync(team, "Meetrapport afgewerkt", "meten-testen");
        using var award = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges",
            new { competenceId = "meten-testen", level = 3, shown = "Jullie maten nauwkeurig.", milestoneIds = new[] { milestone.Id }, observation = "Het team mat elke kring twee keer." },
            ApiClient.Json, cancellationToken);
        award.EnsureSuccessStatusCode();
        var badgeId = (await award.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
        var pupils = await organiser.GetFromJsonAsync<Pupil[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken);
        using var attribute = await organiser.PutAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges/{badgeId}/pupils",
            new { pupilIds = pupils!.Select(p => p.Id) }, ApiClient.Json, cancellationToken);
        attribute.EnsureSuccessStatusCode();

        var report = await IndependentVerifier.RunAsync("credential", Address(badgeId));

        AssertPassed(report, "signature");
        AssertPassed(report, "expansion");
        AssertPassed(report, "status");
        Assert.Equal("application/vc+jwt", report.GetProperty("mediaType").GetString());
        Assert.Equal("vc+jwt", report.GetProperty("signature").GetProperty("typ").GetString());
        Assert.False(report.GetProperty("status").GetProperty("revoked").GetBoolean());
        var credential = report.GetProperty("credential");
        Assert.True(credential.GetProperty("credentialSubject").TryGetProperty("identifier", out _));
        Assert.Equal(2, credential.GetProperty("evidence").GetArrayLength());
        Assert.Empty(SchemaErrors(credential));
    }

    [Fact]
    public async Task ABadgeWithoutEvidencePassesTheSchemaAndReadsAsRevokedThroughTheBitstringListOnceRevoked()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        var before = await IndependentVerifier.RunAsync("credential", Address(badge.Id));

        using var revoke = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges/{badge.Id}/revoke", new { reason = "Dubbel uitgereikt." }, ApiClient.Json, cancellationToken);
        revoke.EnsureSuccessStatusCode();
        var after = await IndependentVerifier.RunAsync("credential", Address(badge.Id));

        Assert.Empty(SchemaErrors(before.GetProperty("credential")));
        AssertPassed(before, "status");
        Assert.False(before.GetProperty("status").GetProperty("revoked").GetBoolean());
        AssertPassed(after, "signature");
        AssertPassed(after, "status");
        Assert.True(after.GetProperty("status").GetProperty("revoked").GetBoolean());
    }

    [Fact]
    public async Task ATamperedCredentialFailsJoseAndAnUndefinedTermFailsTheExpansion()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        using var anonymous = silo.CreateAnonymousClient();
        var jws = await IssuedCredential.JwsAsync(anonymous, badge.Id, cancellationToken);
        var parts = jws.Split('.');
        var payload = JsonNode.Parse(IssuedCredential.PayloadText(jws))!.AsObject();
        payload["jwks_uri"] = "https://elsewhere.example/keys";
        var tampered = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{parts[2]}";

        var report = await IndependentVerifier.RunAsync("credential", $"data:application/vc+jwt,{tampered}");

        Assert.False(report.GetProperty("signature").GetProperty("passed").GetBoolean());
        Assert.False(report.GetProperty("expansion").GetProperty("passed").GetBoolean(), report.GetRawText());
        payload.Remove("validFrom");
        Assert.NotEmpty(SchemaErrors(JsonDocument.Parse(payload.ToJsonString()).RootElement));
    }

    private string Address(Guid badgeId) => new Uri(silo.BaseAddress, $"/badges/{badgeId}.json").ToString();

    private static void AssertPassed(JsonElement report, string check) =>
        Assert.True(report.GetProperty(check).GetProperty("passed").GetBoolean(), $"{check}: {report.GetProperty(check)}");

    /// <summary>What the 1EdTech AchievementCredential schema finds wrong with <paramref name="credential"/>, one line per error.</summary>
    internal static IReadOnlyList<string> SchemaErrors(JsonElement credential)
    {
        var schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Badges", "Conformance", "ob_v3p0_achievementcredential_schema.json"));
        var result = schema.Evaluate(JsonNode.Parse(credential.GetRawText()), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid ? [] : [.. result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))];
    }
}
