using System.Net.Http.Json;
using ChallengeHub.Grains.Teams;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>A milestone whose pupil was erased keeps its competences as evidence; the juror reads that its words are not shared, in their language.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class JurorWordsWithheldTests(SiloFixture silo, BrowserFixture browser)
{
    [Theory]
    [InlineData("nl", "Als bewijs: woorden niet gedeeld", "De leerling deelt de titel en het verhaal")]
    [InlineData("fr", "Comme preuve : mots non partagés", "L’élève ne partage pas (plus) le titre")]
    [InlineData("en", "As evidence: words not shared", "The pupil does not (or no longer) share")]
    public async Task AnErasedPupilsMilestoneShowsThatItsWordsAreNotSharedInsteadOfAnEmptyTitle(string language, string label, string hint)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await organiser.InvitedAsync(challenge.Id, "coach");
        var team = await coach.RegisterTeamAsync(challenge.Id, "De Vonkenmakers", "VTI Brugge");
        using (var noor = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Noor"))
        {
            await noor.LogMilestoneAsync(team, "Motorsturing getest", "meten-testen");
        }

        var pupil = Assert.Single((await coach.GetFromJsonAsync<Pupil[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken))!);
        using (var erased = await coach.DeleteAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils/{pupil.Id}", cancellationToken))
        {
            erased.EnsureSuccessStatusCode();
        }

        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.SignInAsJurorAsync(organiser, challenge.Id);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/juror.html?challenge={challenge.Id}&lang={language}");

        var milestone = page.Locator(".juror-milestone");
        await Expect(milestone.Locator(".juror-evidence label")).ToHaveTextAsync(label);
        await Expect(milestone.Locator(".words-withheld")).ToContainTextAsync(hint);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Motorsturing");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"juror-words-withheld-{language}.png"), FullPage = true });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page, $"/juror.html with an erased pupil's milestone ({language})");
    }
}
