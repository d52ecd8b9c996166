using System.Net.Http.Json;
using ChallengeHub.Grains.Teams;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>A milestone whose author gave no consent to the wall shows as a neutral line with its competences, in the page's language.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class WallWordsWithheldPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Theory]
    [InlineData(1920, 1080, "", "een teamlid liet Meten en testen en Veilig werken met elektriciteit zien")]
    [InlineData(390, 844, "&lang=en", "a team member showed")]
    [InlineData(1280, 720, "&lang=fr", "un membre de l’équipe a montré")]
    public async Task AMilestoneWithoutItsAuthorsWallConsentShowsANeutralLineWithItsCompetences(int width, int height, string language, string line)
    {
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        var withheld = await coach.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        var shown = await coach.RegisterTeamAsync(challenge.Id, "Team Spanningsveld", "KTA Gent");
        using (var noor = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, withheld, "Noor"))
        {
            await noor.LogMilestoneAsync(withheld, "Motorsturing getest", "meten-testen", "veilig-werken");
        }

        using (var lotte = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, shown, "Lotte"))
        {
            var pupil = Assert.Single(await coach.GetFromJsonAsync<Pupil[]>($"/api/challenges/{challenge.Id}/teams/{shown.Id}/pupils", ApiClient.Json, TestContext.Current.CancellationToken) ?? []);
            using var consent = await coach.PutAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{shown.Id}/pupils/{pupil.Id}/consent", new { wall = true }, ApiClient.Json, TestContext.Current.CancellationToken);
            consent.EnsureSuccessStatusCode();
            await lotte.LogMilestoneAsync(shown, "Eerste rit gereden", "meten-testen");
        }

        var page = await browser.NewPageAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync($"/wall.html?challenge={challenge.Id}{language}");

        var withheldCard = page.Locator($"[data-team-id='{withheld.Id}']");
        await Expect(withheldCard.Locator(".latest-milestone-title")).ToContainTextAsync(line);
        await Expect(withheldCard).Not.ToContainTextAsync("Motorsturing");
        await Expect(withheldCard.Locator(".latest-milestone-author")).ToBeHiddenAsync();
        await Expect(page.Locator($"[data-team-id='{shown.Id}'] .latest-milestone-title")).ToHaveTextAsync("Eerste rit gereden");
        await Expect(page.Locator($"[data-team-id='{shown.Id}'] .latest-milestone-author")).ToHaveTextAsync("— Lotte");
        await withheldCard.Locator(".latest").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"wall-words-withheld-{width}x{height}.png") });
        await withheldCard.ScreenshotAsync(new() { Path = Artifacts.PathFor($"wall-words-withheld-card-{width}x{height}.png") });
        await page.CloseAsync();
    }
}
