using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.Proofs;
using ChallengeHub.Silo.Tests.Access;
using ChallengeHub.Silo.Tests.Verifier;
using Json.Schema;

namespace ChallengeHub.Silo.Tests.Profiles;

/// <summary>
/// A pupil's learner record: a 1EdTech CLR 2.0 <c>ClrCredential</c> that bundles their badge credentials exactly as issued,
/// signed on request with ChallengeHub's Data Integrity proof, checked here and by the independent Node verifier.
/// </summary>
public sealed class LearnerRecordTests(SiloFixture silo)
{
    [Fact]
    public async Task ALearnerRecordOfTwoChallengesPassesTheClrSchemaAndItsProofAndEveryBadgesProofVerifyHereAndIndependently()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var world = await ProfileWorld.CreateAsync(silo);
        using var anyone = silo.CreateAnonymousClient();

        var (response, record) = await RequestAsync(anyone, "en", world.FirstCode, world.SecondCode);
        var report = await VerifyIndependentlyAsync(record);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vc+ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["VerifiableCredential", "ClrCredential"], record["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("https://purl.imsglobal.org/spec/clr/v2p0/context.json", record["@context"]![1]!.GetValue<string>());
        Assert.Equal("What I can do: my learner record from ChallengeHub", record["name"]!.GetValue<string>());
        var subject = record["credentialSubject"]!;
        Assert.Equal("ClrSubject", subject["type"]![0]!.GetValue<string>());
        var bundled = subject["verifiableCredential"]!.AsArray();
        Assert.Equal([$"/badges/{world.FirstBadge.Id}", $"/badges/{world.SecondBadge.Id}"], bundled.Select(c => new Uri(c!["id"]!.GetValue<string>()).AbsolutePath));
        foreach (var badge in bundled)
        {
            var issued = JsonNode.Parse(await anyone.GetStringAsync(new Uri(badge!["id"]!.GetValue<string>()).AbsolutePath + ".jsonld", cancellationToken));
            Assert.True(JsonNode.DeepEquals(issued, badge), "A bundled badge credential is the one ChallengeHub issued, proof and all.");
        }

        Assert.Equal(2, subject["achievement"]!.AsArray().Count);
        Assert.Empty(SchemaErrors(record));
        Assert.True(await VerifiesHereAsync(anyone, record), "ChallengeHub's own verifier accepts the learner record's proof.");
        Assert.True(report.GetProperty("verified").GetBoolean(), report.GetRawText());
        Assert.Equal(2, report.GetProperty("credentials").GetArrayLength());
        Assert.All(report.GetProperty("credentials").EnumerateArray(), c => Assert.True(c.GetProperty("verified").GetBoolean(), c.GetRawText()));
    }

    [Fact]
    public async Task ChangingOneBundledBadgeBreaksTheLearnerRecordsProof()
    {
        var world = await ProfileWorld.CreateAsync(silo);
        using var anyone = silo.CreateAnonymousClient();
        var (_, record) = await RequestAsync(anyone, "nl", world.FirstCode, world.SecondCode);

        var tampered = record.DeepClone();
        var badge = tampered["credentialSubject"]!["verifiableCredential"]![0]!;
        badge["name"] = $"{badge["name"]!.GetValue<string>()} (niveau 4)";
        var report = await VerifyIndependentlyAsync(record, "tamper");

        Assert.True(await VerifiesHereAsync(anyone, record));
        Assert.False(await VerifiesHereAsync(anyone, tampered));
        Assert.False(report.GetProperty("verified").GetBoolean(), report.GetRawText());
        Assert.False(report.GetProperty("credentials")[0].GetProperty("verified").GetBoolean(), report.GetRawText());
    }

    [Fact]
    public async Task TheLearnerRecordSpeaksTheRequestsLanguageAndCarriesNoWordsOfThePupilNorTheJurorsFeedbackToThem()
    {
        var world = await ProfileWorld.CreateAsync(silo);
        using var anyone = silo.CreateAnonymousClient();

        var (_, french) = await RequestAsync(anyone, "fr", world.FirstCode, world.SecondCode);
        var (_, dutch) = await RequestAsync(anyone, "nl", world.FirstCode);
        var text = french.ToJsonString();

        Assert.Equal("Ce que je sais faire : mon dossier d’apprentissage ChallengeHub", french["name"]!.GetValue<string>());
        Assert.Equal("Wat ik kan: mijn leerdossier uit ChallengeHub", dutch["name"]!.GetValue<string>());
        Assert.Single(dutch["credentialSubject"]!["verifiableCredential"]!.AsArray());
        foreach (var words in new[] { world.OwnMilestone.Title, world.TeammatesMilestone.Title, ProfileWorld.NextStep, "Je legde je aansluitingen netjes en veilig.", "Lotte" })
        {
            Assert.DoesNotContain(words, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(world.YasminesBadge.Id.ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCodeIsABadRequestAndAnUnknownCodeIsRefusedAsForTheProfile()
    {
        var world = await ProfileWorld.CreateAsync(silo);
        using var anyone = silo.CreateAnonymousClient();
        var wrong = new string(world.FirstCode.Reverse().ToArray());

        using var none = await anyone.PostAsJsonAsync("/api/profile/clr", new { recoveryCodes = Array.Empty<string>() }, ApiClient.Json, TestContext.Current.CancellationToken);
        using var tooMany = await anyone.PostAsJsonAsync("/api/profile/clr", new { recoveryCodes = Enumerable.Repeat(world.FirstCode, 9) }, ApiClient.Json, TestContext.Current.CancellationToken);
        using var mistyped = await anyone.PostAsJsonAsync("/api/profile/clr", new { recoveryCodes = new[] { world.SecondCode, wrong } }, ApiClient.Json, TestContext.Current.CancellationToken);

        await none.AssertProblemAsync(HttpStatusCode.BadRequest);
        await tooMany.AssertProblemAsync(HttpStatusCode.BadRequest);
        var problem = await mistyped.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.EndsWith("/problems/recovery-code-unknown", problem.Type, StringComparison.Ordinal);
    }

    private static async Task<(HttpResponseMessage Response, JsonNode Record)> RequestAsync(HttpClient http, string language, params string[] codes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/profile/clr") { Content = JsonContent.Create(new { recoveryCodes = codes }, options: ApiClient.Json) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!);
    }

    /// <summary>ChallengeHub's Data Integrity verifier, with the key the proof names read from the issuer's published DID document.</summary>
    private static async Task<bool> VerifiesHereAsync(HttpClient http, JsonNode record)
    {
        var method = record["proof"]![0]!["verificationMethod"]!.GetValue<string>();
        var path = string.Join('/', method.Split('#')[0].Split(':').Skip(3));
        var document = JsonNode.Parse(await http.GetStringAsync($"/{path}/did.json", TestContext.Current.CancellationToken))!;
        var key = document["verificationMethod"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == method)!["publicKeyMultibase"]!.GetValue<string>();
        return EddsaRdfc2022.Verify(record.AsObject(), _ => Ed25519Multikey.FromPublicKeyMultibase(key)).Verified;
    }

    /// <summary>The Node verifier's report on the record (saved as the pupil's browser saves it), changed there first when asked to tamper.</summary>
    private async Task<JsonElement> VerifyIndependentlyAsync(JsonNode record, params string[] tamper)
    {
        var file = Path.Combine(Path.GetTempPath(), $"learner-record-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, record.ToJsonString(), TestContext.Current.CancellationToken);
        try
        {
            return await IndependentVerifier.RunAsync("clr", [file, silo.BaseAddress.ToString(), .. tamper]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>What the 1EdTech CLR 2.0 ClrCredential schema finds wrong with <paramref name="record"/>, one line per error.</summary>
    private static IReadOnlyList<string> SchemaErrors(JsonNode record)
    {
        var schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Profiles", "Conformance", "clr_v2p0_clrcredential_schema.json"));
        var result = schema.Evaluate(record, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid ? [] : [.. result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))];
    }
}
