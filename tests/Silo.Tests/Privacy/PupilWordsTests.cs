using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Shop;
using Microsoft.AspNetCore.SignalR;

namespace ChallengeHub.Silo.Tests.Privacy;

/// <summary>A milestone's title and story are its author's words: every public and employer surface follows their consent.</summary>
public sealed class PupilWordsTests(SiloFixture silo)
{
    private const string Title = "Omvormer Zilverreiger gebouwd";
    private const string Story = "Ik heb de omvormer zelf opgemeten en twee keer herbouwd.";

    [Fact]
    public async Task TheWallShowsAMilestonesWordsOnlyWithItsAuthorsWallConsentAndAConsentChangeReRendersOpenWalls()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (coach, team, pupil, milestoneId) = await PupilMilestoneAsync();
        using var anonymous = silo.CreateAnonymousClient();
        await using var wall = await HubRecorder.StartAsync(silo.BaseAddress, null, cancellationToken, "wallDelta");
        var snapshot = await wall.WatchAsync("WatchChallenge", team.ChallengeId, cancellationToken);

        var withheld = Milestone(JsonDocument.Parse(await anonymous.GetStringAsync($"/api/challenges/{team.ChallengeId}/wall", cancellationToken)).RootElement, milestoneId);
        Assert.DoesNotContain("Zilverreiger", wall.Everything, StringComparison.Ordinal);
        Assert.True(withheld.GetProperty("wordsWithheld").GetBoolean());
        Assert.Equal(["meten-testen"], withheld.GetProperty("competenceIds").EnumerateArray().Select(c => c.GetString()));
        Assert.DoesNotContain("Zilverreiger", withheld.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, Milestone(snapshot, milestoneId).ValueKind);

        await SetConsentAsync(coach, team, pupil.Id, new { wall = true });
        var granted = await wall.ReceiveAsync("wallDelta", d => d.GetProperty("kind").GetString() == "teamChanged", cancellationToken);
        await SetConsentAsync(coach, team, pupil.Id, new { wall = false });
        var withdrawn = await wall.ReceiveAsync("wallDelta", d => d.GetProperty("kind").GetString() == "teamChanged", cancellationToken);

        Assert.Equal(Title, Milestone(granted.GetProperty("team"), milestoneId).GetProperty("title").GetString());
        Assert.True(Milestone(withdrawn.GetProperty("team"), milestoneId).GetProperty("wordsWithheld").GetBoolean());
        Assert.DoesNotContain("Zilverreiger", withdrawn.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidencePagesAndBadgePagesShowAMilestonesTitleOnlyWithShowcaseConsentAndCredentialsNeverDo()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (coach, team, pupil, milestoneId) = await PupilMilestoneAsync();
        using var organiser = silo.CreateClient();
        var badge = await organiser.AwardBadgeAsync(team, "meten-testen", 2, milestoneId);
        using var anonymous = silo.CreateAnonymousClient();

        var without = await PublicEvidenceAsync(anonymous, badge.Id, milestoneId, cancellationToken);
        await SetConsentAsync(coach, team, pupil.Id, new { showcase = true });
        var with = await PublicEvidenceAsync(anonymous, badge.Id, milestoneId, cancellationToken);

        Assert.DoesNotContain("Zilverreiger", without.Pages, StringComparison.Ordinal);
        Assert.DoesNotContain("Zilverreiger", without.Credential, StringComparison.Ordinal);
        Assert.Contains(team.Name, without.Pages, StringComparison.Ordinal);
        Assert.Contains("Zilverreiger", with.Pages, StringComparison.Ordinal);
        Assert.DoesNotContain("Zilverreiger", with.Credential, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErasingAPupilWithoutShowcaseConsentShowsEmployersNothingMoreOfTheirs()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (coach, team, pupil, milestoneId) = await PupilMilestoneAsync();
        using var organiser = silo.CreateClient();
        var path = $"/api/challenges/{team.ChallengeId}/showcase";

        var before = await organiser.GetStringAsync(path, cancellationToken);
        using var erased = await coach.DeleteAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils/{pupil.Id}", cancellationToken);
        erased.EnsureSuccessStatusCode();
        var after = await organiser.GetStringAsync(path, cancellationToken);

        Assert.DoesNotContain(milestoneId.ToString(), before, StringComparison.Ordinal);
        Assert.DoesNotContain(milestoneId.ToString(), after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrdersAndDecisionsNameTheSignedInCallerWhateverTheBodySaysAndEraseRemovesThePupilsName()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        await organiser.SetUpShopAsync(challenge.Id);
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        var team = await coach.RegisterTeamAsync(challenge.Id, "De Stroomlijners");
        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Kobe");
        var coachName = (await coach.GetFromJsonAsync<JsonElement>("/api/session", cancellationToken)).GetProperty("displayName").GetString();

        using var ordered = await pupil.PostOrderAsync(team, new { sku = ShopApiClient.Motor, quantity = 1, note = "Voor Kobe's wagen", actor = "Meneer Peeters" });
        var order = await ordered.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json, cancellationToken);
        using var approved = await coach.PostAsJsonAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/orders/{order.GetProperty("id")}/approve",
            new { actor = "De directeur", reason = "" }, ApiClient.Json, cancellationToken);
        var decision = await approved.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json, cancellationToken);

        Assert.Equal(HttpStatusCode.Created, ordered.StatusCode);
        Assert.Equal("Kobe", order.GetProperty("orderedBy").GetString());
        Assert.Equal(coachName, decision.GetProperty("decidedBy").GetString());
        var pupilId = Assert.Single(await coach.GetFromJsonAsync<Pupil[]>($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken) ?? []).Id;
        var pupilPath = $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils/{pupilId}";
        Assert.Contains("Voor Kobe's wagen", await coach.GetStringAsync($"{pupilPath}/export", cancellationToken), StringComparison.Ordinal);

        using var erased = await coach.DeleteAsync(pupilPath, cancellationToken);
        erased.EnsureSuccessStatusCode();
        var budget = await coach.GetStringAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/budget", cancellationToken);
        Assert.DoesNotContain("Kobe", budget, StringComparison.Ordinal);
        Assert.Contains(order.GetProperty("id").GetString()!, budget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShowcaseMadePrivateStopsPushingToThoseWhoCouldReadItOnlyWhileItWasPublic()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Zonnewijzers");
        await PublicSurfaces.SetShowcasePublicAsync(organiser, challenge.Id, true);
        await using var member = await HubRecorder.StartAsync(silo.BaseAddress, silo.OrganiserToken, cancellationToken, "showcaseTeam");
        await using var stranger = await HubRecorder.StartAsync(silo.BaseAddress, null, cancellationToken, "showcaseTeam", "wallDelta");
        await member.WatchAsync("WatchShowcase", challenge.Id, cancellationToken);
        await stranger.WatchAsync("WatchShowcase", challenge.Id, cancellationToken);
        await stranger.WatchAsync("WatchChallenge", challenge.Id, cancellationToken);

        await PublicSurfaces.SetShowcasePublicAsync(organiser, challenge.Id, false);
        var first = await organiser.LogMilestoneAsync(team, "Zonnepaneel gemonteerd", "meten-testen");
        await member.ReceiveAsync("showcaseTeam", u => u.GetRawText().Contains(first.Id.ToString(), StringComparison.Ordinal), cancellationToken);

        // The showcase update of the first milestone was handed to every connection before this later wall delta.
        var second = await organiser.LogMilestoneAsync(team, "Kabels gelegd", "meten-testen");
        await stranger.ReceiveAsync("wallDelta", d => d.GetRawText().Contains(second.Id.ToString(), StringComparison.Ordinal), cancellationToken);

        Assert.Equal(0, stranger.Pending("showcaseTeam"));
    }

    [Fact]
    public async Task ADraftChallengeIsNotReadableByThePublicOnTheApiTheWallOrTheHub()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        using var created = await organiser.PostAsJsonAsync("/api/challenges", new { title = $"Concept {Guid.NewGuid():N}", sector = "electro" }, ApiClient.Json, cancellationToken);
        var draftId = (await created.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json, cancellationToken)).GetProperty("id").GetGuid();
        using var anonymous = silo.CreateAnonymousClient();
        await using var hub = await HubRecorder.StartAsync(silo.BaseAddress, null, cancellationToken);

        using var challenge = await anonymous.GetAsync($"/api/challenges/{draftId}", cancellationToken);
        using var wall = await anonymous.GetAsync($"/api/challenges/{draftId}/wall", cancellationToken);
        await Assert.ThrowsAsync<HubException>(() => hub.WatchAsync("WatchChallenge", draftId, cancellationToken));
        using var own = await organiser.GetAsync($"/api/challenges/{draftId}/wall", cancellationToken);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (challenge.StatusCode, wall.StatusCode));
        Assert.Equal("application/problem+json", wall.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    private async Task<(HttpClient Coach, TeamDetails Team, Pupil Pupil, Guid MilestoneId)> PupilMilestoneAsync()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        var team = await coach.RegisterTeamAsync(challenge.Id, $"De Vonken {Guid.NewGuid():N}"[..20]);
        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Noor");
        using var logged = await pupil.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones",
            new { title = Title, story = Story, competenceIds = new[] { "meten-testen" } }, ApiClient.Json);
        logged.EnsureSuccessStatusCode();
        var milestoneId = (await logged.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json)).GetProperty("id").GetGuid();
        var member = Assert.Single(await coach.GetFromJsonAsync<Pupil[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json) ?? []);
        return (coach, team, member, milestoneId);
    }

    /// <summary>The badge page, the evidence page (HTML and JSON), and the payload of the signed credential.</summary>
    private static async Task<(string Pages, string Credential)> PublicEvidenceAsync(HttpClient anonymous, Guid badgeId, Guid milestoneId, CancellationToken cancellationToken)
    {
        var pages = string.Join("\n",
            await anonymous.GetStringAsync($"/badges/{badgeId}", cancellationToken),
            await anonymous.GetStringAsync($"/milestones/{milestoneId}", cancellationToken),
            await anonymous.GetStringAsync($"/milestones/{milestoneId}.json", cancellationToken));
        return (pages, await PublicSurfaces.CredentialPayloadAsync(anonymous, badgeId, cancellationToken));
    }

    private static JsonElement Milestone(JsonElement wallOrCard, Guid milestoneId)
    {
        var cards = wallOrCard.TryGetProperty("teams", out var teams) ? teams.EnumerateArray() : new[] { wallOrCard }.AsEnumerable();
        return cards.SelectMany(c => c.GetProperty("recentMilestones").EnumerateArray()).Single(m => m.GetProperty("id").GetGuid() == milestoneId);
    }

    private static async Task SetConsentAsync(HttpClient coach, TeamDetails team, Guid pupilId, object consent)
    {
        using var response = await coach.PutAsJsonAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils/{pupilId}/consent", consent, ApiClient.Json);
        response.EnsureSuccessStatusCode();
    }
}
