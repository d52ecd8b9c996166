using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChallengeHub.Grains.Kits;

namespace ChallengeHub.Silo.Tests.Kits;

public sealed class KitsApiTests(SiloFixture silo)
{
    public static TheoryData<string, string, HttpStatusCode> BadTemplates => new()
    {
        { "quantity 0", """{"items":[{"partNumber":"MOT-12V","description":"Motor","quantity":0}]}""", HttpStatusCode.BadRequest },
        { "negative quantity", """{"items":[{"partNumber":"MOT-12V","description":"Motor","quantity":-3}]}""", HttpStatusCode.BadRequest },
        { "quantity 1001", """{"items":[{"partNumber":"MOT-12V","description":"Motor","quantity":1001}]}""", HttpStatusCode.BadRequest },
        { "negative unit value", """{"items":[{"partNumber":"MOT-12V","description":"Motor","quantity":1,"unitValueCents":-1}]}""", HttpStatusCode.BadRequest },
        { "description too long", $$"""{"items":[{"partNumber":"MOT-12V","description":"{{new string('d', 201)}}","quantity":1}]}""", HttpStatusCode.BadRequest },
        { "duplicate part numbers", """{"items":[{"partNumber":"MOT-12V","description":"Motor","quantity":1},{"partNumber":"mot-12v","description":"Motor","quantity":1}]}""", HttpStatusCode.BadRequest },
        { "too many items", $$"""{"items":[{{string.Join(',', Enumerable.Range(0, 201).Select(i => $$"""{"partNumber":"P{{i}}","description":"Deel","quantity":1}"""))}}]}""", HttpStatusCode.BadRequest },
        { "no items", """{"items":[]}""", HttpStatusCode.BadRequest },
        { "quantity as text", """{"items":[{"partNumber":"MOT-12V","description":"Motor","quantity":"veel"}]}""", HttpStatusCode.BadRequest },
        { "malformed json", """{"items":[""", HttpStatusCode.BadRequest },
    };

    public static TheoryData<string, string, string, HttpStatusCode> BadKitRequests => new()
    {
        { "unknown status", "items/MOT-12V/check-in", """{"status":"verloren"}""", HttpStatusCode.BadRequest },
        { "negative count", "items/MOT-12V/check-in", """{"status":"missing","quantity":-1}""", HttpStatusCode.BadRequest },
        { "more missing than issued", "items/MOT-12V/check-in", """{"status":"missing","quantity":3}""", HttpStatusCode.BadRequest },
        { "note too long", "items/MOT-12V/check-in", $$"""{"status":"damaged","note":"{{new string('n', 301)}}"}""", HttpStatusCode.BadRequest },
        { "item outside the kit", "items/LED-R/check-in", """{"status":"received"}""", HttpStatusCode.NotFound },
        { "replacement for unknown part", "replacements", """{"partNumber":"LED-R","quantity":1,"reason":"Kapot"}""", HttpStatusCode.UnprocessableEntity },
        { "replacement of 0", "replacements", """{"partNumber":"RLY-5","quantity":0,"reason":"Kapot"}""", HttpStatusCode.BadRequest },
        { "replacement without reason", "replacements", """{"partNumber":"RLY-5","quantity":1,"reason":" "}""", HttpStatusCode.BadRequest },
        { "replacement reason too long", "replacements", $$"""{"partNumber":"RLY-5","quantity":1,"reason":"{{new string('r', 301)}}"}""", HttpStatusCode.BadRequest },
        { "replacement for a received item", "replacements", """{"partNumber":"MOT-12V","quantity":1,"reason":"Kapot"}""", HttpStatusCode.Conflict },
        { "unknown replacement delivered", $"replacements/{Guid.NewGuid()}/delivered", "", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(BadTemplates))]
    public async Task ABadKitTemplateGetsProblemDetailsAndStoresNothing(string reason, string body, HttpStatusCode expected)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();

        using var response = await http.PutAsync($"/api/challenges/{challenge.Id}/kit-template", Json(body), TestContext.Current.CancellationToken);

        Assert.True(expected == response.StatusCode, $"{reason}: expected {expected}, got {response.StatusCode}");
        await AssertProblemAsync(response);
        var template = await http.GetFromJsonAsync<KitTemplate>($"/api/challenges/{challenge.Id}/kit-template", ApiClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal((0, 0), (template!.Version, template.Items.Length));
    }

    [Theory]
    [MemberData(nameof(BadKitRequests))]
    public async Task ABadCheckInOrReplacementGetsProblemDetailsAndChangesNothing(string reason, string resource, string body, HttpStatusCode expected)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Draadkrachten");
        await http.SetKitTemplateAsync(challenge.Id);
        await http.IssueKitsAsync(challenge.Id);
        await http.CheckInAsync(team, "MOT-12V", "received");
        await http.CheckInAsync(team, "RLY-5", "damaged");
        var before = await http.GetStringAsync(KitApiClient.KitPath(team), TestContext.Current.CancellationToken);

        using var response = resource.EndsWith("check-in", StringComparison.Ordinal)
            ? await http.PutAsync($"{KitApiClient.KitPath(team)}/{resource}", Json(body), TestContext.Current.CancellationToken)
            : await http.PostAsync($"{KitApiClient.KitPath(team)}/{resource}", Json(body), TestContext.Current.CancellationToken);

        Assert.True(expected == response.StatusCode, $"{reason}: expected {expected}, got {response.StatusCode}");
        await AssertProblemAsync(response);
        Assert.Equal(before, await http.GetStringAsync(KitApiClient.KitPath(team), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/api/challenges/{0}/kit-template")]
    [InlineData("/api/challenges/{0}/kit-issues")]
    [InlineData("/api/challenges/{0}/teams/{1}/kit")]
    public async Task KitsOfChallengesTheOrganiserDoesNotRunAreRefusedWithProblemDetails(string template)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Volt Vooruit");
        var elsewhere = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Guid.NewGuid(), team.Id);

        using var response = await http.GetAsync(elsewhere, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertProblemAsync(response);
    }

    [Fact]
    public async Task TheKitOfAnUnknownTeamOfTheOrganisersChallengeIsNotFound()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();

        using var response = await http.GetAsync($"/api/challenges/{challenge.Id}/teams/{Guid.NewGuid()}/kit", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertProblemAsync(response);
    }

    [Fact]
    public async Task IssuingBeforeTheTemplateIsSetIsAConflictAndIssuesNothing()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Team Spanningsveld");

        using var all = await http.PostAsync($"/api/challenges/{challenge.Id}/kits/issue", null, TestContext.Current.CancellationToken);
        using var one = await http.PostAsync($"{KitApiClient.KitPath(team)}/issue", null, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (all.StatusCode, one.StatusCode));
        await AssertProblemAsync(all);
        Assert.Null((await http.GetKitAsync(team)).IssuedAt);
    }

    [Fact]
    public async Task ATeamRegisteredAfterTheKitsWentOutGetsTheSameKitAtOnceAndOneBeforeAnyIssueGetsNone()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await http.SetKitTemplateAsync(challenge.Id);
        var early = await http.RegisterTeamAsync(challenge.Id, "De Eersten");
        await http.IssueKitsAsync(challenge.Id);

        var late = await http.RegisterTeamAsync(challenge.Id, "Laatkomers");

        var kit = await http.GetKitAsync(late);
        Assert.NotNull(kit.IssuedAt);
        Assert.Equal(["MOT-12V", "RLY-5"], kit.Items.Select(i => i.PartNumber));
        Assert.Equal((await http.GetKitAsync(early)).Items.Select(i => i.PartNumber), kit.Items.Select(i => i.PartNumber));
        var other = await http.CreateChallengeAsync();
        await http.SetKitTemplateAsync(other.Id);
        Assert.Null((await http.GetKitAsync(await http.RegisterTeamAsync(other.Id, "Nog zonder kit"))).IssuedAt);
    }

    [Fact]
    public async Task AMissingItemIsAnOpenIssueUntilItsReplacementIsDelivered()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        await http.RegisterTeamAsync(challenge.Id, "Ampère");
        await http.SetKitTemplateAsync(challenge.Id);

        Assert.Equal(new IssueKitsResult(2, 0, 0), await http.IssueKitsAsync(challenge.Id));
        Assert.Equal(new IssueKitsResult(0, 0, 2), await http.IssueKitsAsync(challenge.Id));
        await http.CheckInAsync(team, "MOT-12V", "missing");
        using var requested = await http.PostAsJsonAsync($"{KitApiClient.KitPath(team)}/replacements",
            new { partNumber = "MOT-12V", quantity = 2, reason = "Niet in de doos." }, ApiClient.Json, TestContext.Current.CancellationToken);
        var replacement = await requested.Content.ReadFromJsonAsync<KitReplacement>(ApiClient.Json, TestContext.Current.CancellationToken);
        var open = await http.GetKitIssuesAsync(challenge.Id);
        using var delivered = await http.PostAsync($"{KitApiClient.KitPath(team)}/replacements/{replacement!.Id}/delivered", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        Assert.Equal($"{KitApiClient.KitPath(team)}/replacements/{replacement.Id}", requested.Headers.Location?.OriginalString);
        var issues = Assert.Single(open);
        Assert.Equal(("De Vonk", "MOT-12V", replacement.Id), (issues.TeamName, Assert.Single(issues.Items).PartNumber, Assert.Single(issues.OpenReplacements).Id));
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Empty(await http.GetKitIssuesAsync(challenge.Id));
        Assert.NotNull(Assert.Single((await http.GetKitAsync(team)).Replacements).DeliveredAt);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task AssertProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
    }
}
