using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ChallengeHub.Silo.Tests.Access;

[Collection(FreshSiloGroup.Name)]
public sealed partial class FirstStartTests(FreshSilo silo)
{
    [Fact]
    public async Task TheSetupCodeTheSiloLogsCreatesTheFirstOrganiserOnce()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var line = await silo.Logs.WaitForAsync(l => l.Contains("signin.html?setup=", StringComparison.Ordinal), cancellationToken);
        var code = SetupCode().Match(line).Groups[1].Value;
        using var browser = Session.Anonymous(silo.Host.BaseAddress);
        var needed = await browser.Http.GetFromJsonAsync<SetupNeeded>("/api/setup", ApiClient.Json, cancellationToken);

        using var wrong = await browser.PostSignInAsync("/api/setup", new { code = "ABCDEFGHJKLM", displayName = "Eerste Organisator", passphrase = Session.StaffPassphrase });
        using var right = await browser.PostSignInAsync("/api/setup", new { code, displayName = "Eerste Organisator", passphrase = Session.StaffPassphrase });
        using var again = await Session.Anonymous(silo.Host.BaseAddress).PostSignInAsync("/api/setup", new { code, displayName = "Tweede Organisator", passphrase = Session.StaffPassphrase });

        Assert.True(needed!.Needed);
        await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("organiser", browser.Info!.Role);
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.False((await browser.Http.GetFromJsonAsync<SetupNeeded>("/api/setup", ApiClient.Json, cancellationToken))!.Needed);
        using var challenge = await browser.Http.PostAsJsonAsync("/api/challenges", new { title = "Eerste challenge", sector = "electro" }, ApiClient.Json, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, challenge.StatusCode);
    }

    private sealed record SetupNeeded(bool Needed);

    [GeneratedRegex("setup=([A-Z0-9]+)")]
    private static partial Regex SetupCode();
}
