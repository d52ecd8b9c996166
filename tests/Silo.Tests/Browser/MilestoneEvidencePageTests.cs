using System.Net.Http.Json;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Silo.Tests.Shop;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class MilestoneEvidencePageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task PupilsLinkAnApprovedOrderToTheirMilestoneOnTheTablet()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        await http.SetUpShopAsync(challenge.Id);
        var team = await http.RegisterTeamAsync(challenge.Id, "De Ampèrebende");
        var order = await http.OrderAsync(team);
        (await http.ActAsync(team, order.Id, "approve")).EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 1024, Height = 768 } });
        try
        {
            await page.JoinOnTabletAsync(team.JoinCode, "Yasmine");
            await page.GetByLabel("Wat hebben jullie gedaan?").FillAsync("Motor besteld binnen budget");
            await page.GetByLabel("Plannen en aankopen binnen budget").CheckAsync();
            await page.GetByLabel("1 × Motor 12 V").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
            await Expect(page.GetByText("Opgeslagen!")).ToBeVisibleAsync();

            var milestones = await http.GetFromJsonAsync<Milestone[]>(
                $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", ApiClient.Json, TestContext.Current.CancellationToken);
            Assert.Equal([order.Id], Assert.Single(milestones!).OrderIds!.Value);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
