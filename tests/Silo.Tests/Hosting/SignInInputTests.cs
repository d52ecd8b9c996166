using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Tests.Access;
using ChallengeHub.Silo.Tests.Evidence;

namespace ChallengeHub.Silo.Tests.Hosting;

/// <summary>Values far too long, names that hide or turn text, and cut-off uploads are refused before anything is stored.</summary>
public sealed class SignInInputTests(SiloFixture silo)
{
    private static readonly string Long = new('x', 1100);

    public static TheoryData<string, string, string> OversizedRequests => new()
    {
        { "POST", "/api/session", $$"""{"displayName":"{{Long}}","passphrase":"een lange zin als wachtwoord"}""" },
        { "POST", "/api/session", $$"""{"displayName":"Iemand","passphrase":"{{Long}}"}""" },
        { "POST", "/api/tokens", $$"""{"displayName":"{{Long}}","passphrase":"een lange zin als wachtwoord"}""" },
        { "POST", "/api/session/pupil", $$"""{"joinCode":"{{Long}}","nickname":"Ann","pin":"1234"}""" },
        { "POST", "/api/session/pupil", $$"""{"joinCode":"ABCDEF","nickname":"{{Long}}","pin":"1234"}""" },
        { "POST", "/api/setup", $$"""{"code":"{{Long}}","displayName":"Iemand","passphrase":"een lange zin als wachtwoord"}""" },
        { "GET", $"/api/invites/{Long}", "" },
        { "POST", $"/api/invites/{Long}/redeem", """{"displayName":"Iemand","passphrase":"een lange zin als wachtwoord"}""" },
        { "POST", "/api/invites/ABCDEFGHJK/redeem", $$"""{"displayName":"{{Long}}","passphrase":"een lange zin als wachtwoord"}""" },
        { "GET", $"/api/session/oidc?invite={Long}", "" },
    };

    [Theory]
    [MemberData(nameof(OversizedRequests))]
    public async Task OversizedValuesInSignInTokenJoinAndInviteRoutesAreABadRequest(string method, string path, string body)
    {
        using var browser = Session.Anonymous(silo.BaseAddress, Session.NewClientAddress());
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await browser.Http.SendAsync(request, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("Ann\u202Egnol")]
    [InlineData("\u200B\u200B")]
    [InlineData("Ann\nBert")]
    public async Task NicknamesThatHideOrTurnTextAreRefusedAndJoinNobody(string nickname)
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Tekstproevers");
        using var tablet = Session.Anonymous(silo.BaseAddress);

        using var response = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname, pin = "1234" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Empty(await organiser.GetFromJsonAsync<Pupil[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, TestContext.Current.CancellationToken) ?? []);
    }

    [Fact]
    public async Task ANicknameIsStoredComposedAndOneThatLooksLikeATeammatesIsAConflict()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Lookalikes");
        using var zoe = await Session.PupilAsync(silo.BaseAddress, team, "Zoe\u0301");

        using var tablet = Session.Anonymous(silo.BaseAddress);
        using var cyrillic = await tablet.PostSignInAsync("/api/session/pupil", new { joinCode = team.JoinCode, nickname = "Zое", pin = "5678" });

        Assert.Equal("Zoé", zoe.Info!.DisplayName);
        await cyrillic.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Single(await organiser.GetFromJsonAsync<Pupil[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, TestContext.Current.CancellationToken) ?? []);
    }

    [Fact]
    public async Task ATeamNameWithAControlCharacterIsRefused()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();

        using var response = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams", new { name = "De\u0007Vonk", school = "VTI" }, ApiClient.Json, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnUploadWithoutItsClosingBoundaryIsABadRequestAndStoresNothing()
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Afgebroken");
        var body = "--grens\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"foto.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u00FF\u00D8\u00FF\u00E0 half";
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=grens");

        using var response = await organiser.PostAsync(EvidenceApiClient.EvidencePath(team), content, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Empty(await organiser.ListPhotosAsync(team));
    }
}
