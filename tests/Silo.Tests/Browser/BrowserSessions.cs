using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>
/// Signs a browser in the way its user would: staff through the session API of their context (which shares its cookies
/// with the context's pages), pupils through the join form of the tablet page.
/// </summary>
public static class BrowserSessions
{
    public const string Pin = "1234";

    /// <summary>The test organiser, who organises every challenge <see cref="SiloFixture.CreateClient"/> creates.</summary>
    public static Task SignInAsOrganiserAsync(this IBrowserContext context) =>
        PostAsync(context, "/api/session", new { displayName = SiloHost.OrganiserName, passphrase = SiloHost.Passphrase });

    /// <summary>A new coach of the challenge, invited by <paramref name="organiser"/>; returns the coach's display name.</summary>
    public static Task<string> SignInAsCoachAsync(this IBrowserContext context, HttpClient organiser, Guid challengeId) =>
        context.SignInAsInvitedAsync(organiser, challengeId, "coach");

    /// <summary>A new juror of the challenge, invited by <paramref name="organiser"/>; returns the juror's display name.</summary>
    public static Task<string> SignInAsJurorAsync(this IBrowserContext context, HttpClient organiser, Guid challengeId) =>
        context.SignInAsInvitedAsync(organiser, challengeId, "juror");

    /// <summary>A new account of <paramref name="role"/> (coach, juror, employer) in the challenge, invited by <paramref name="organiser"/>; returns its display name.</summary>
    public static async Task<string> SignInAsInvitedAsync(this IBrowserContext context, HttpClient organiser, Guid challengeId, string role)
    {
        var code = await organiser.InviteAsync(challengeId, role);
        var name = $"{char.ToUpperInvariant(role[0])}{role[1..]} {Guid.NewGuid():N}";
        await PostAsync(context, $"/api/invites/{code}/redeem", new { displayName = name, passphrase = "een lange zin als wachtwoord" });
        return name;
    }

    /// <summary>Opens the tablet page and joins the team with its join code, a nickname and a PIN, as a pupil types them.</summary>
    public static async Task JoinOnTabletAsync(this IPage page, string joinCode, string nickname, string pin = Pin)
    {
        await page.SubmitJoinFormAsync(joinCode, nickname, pin);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijlpaal loggen" })).ToBeVisibleAsync();
    }

    /// <summary>Opens the tablet page and sends its join form, as a pupil types it, without waiting for the outcome.</summary>
    public static async Task SubmitJoinFormAsync(this IPage page, string joinCode, string nickname, string pin)
    {
        await page.GotoAsync("/tablet.html");
        await page.GetByLabel("Koppelcode van je team").FillAsync(joinCode);
        await page.GetByLabel("Bijnaam").FillAsync(nickname);
        await page.GetByLabel("PIN", new() { Exact = true }).FillAsync(pin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
    }

    /// <summary>Posts as the page would: with the antiforgery token of the context's current session (needed once signed in).</summary>
    private static async Task PostAsync(IBrowserContext context, string path, object body)
    {
        var session = await (await context.APIRequest.GetAsync("/api/session")).JsonAsync();
        var token = session!.Value.GetProperty("antiforgeryToken").GetString()!;
        var response = await context.APIRequest.PostAsync(path, new()
        {
            DataObject = body,
            Headers = new Dictionary<string, string> { ["X-CSRF-TOKEN"] = token },
        });
        Assert.True(response.Ok, $"{path} answered {response.Status}: {await response.TextAsync()}");
    }
}
