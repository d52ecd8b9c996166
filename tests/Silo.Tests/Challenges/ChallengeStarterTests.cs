using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Grains.Shop;

namespace ChallengeHub.Silo.Tests.Challenges;

/// <summary>A challenge created from its sector's template with the starter setup begins with parts to edit, not with nothing.</summary>
public sealed class ChallengeStarterTests(SiloFixture silo)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnElectroChallengeFromTheTemplateStartsWithAScheduleBudgetCatalogueAndKitThatTheOrganiserCanEdit()
    {
        using var http = silo.CreateClient();

        var challenge = await CreateAsync(http, "electro");

        Assert.NotNull(challenge.Schedule);
        Assert.Equal(challenge.Schedule.Start.AddDays(70), challenge.Schedule.EventDay);
        var shop = await http.GetFromJsonAsync<ShopCatalogue>($"/api/challenges/{challenge.Id}/shop/catalogue", ApiClient.Json, Token);
        Assert.Equal(150_00, shop!.DefaultBudgetCents);
        Assert.Contains(shop.Items, i => i.Sku == "ACCU-12" && i.UnitPriceCents == 24_00);
        var kit = await http.GetFromJsonAsync<KitTemplate>($"/api/challenges/{challenge.Id}/kit-template", ApiClient.Json, Token);
        Assert.Contains(kit!.Items, i => i.PartNumber == "MOT-12V");
        using var edited = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/kit-template",
            new { items = new[] { new { partNumber = "MOT-12V", description = "Motor", quantity = 1, unitValueCents = 1200 } } }, ApiClient.Json, Token);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        using var budget = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/shop/budget", new { budgetCents = 200_00 }, ApiClient.Json, Token);
        Assert.Equal(HttpStatusCode.OK, budget.StatusCode);
    }

    [Fact]
    public async Task AConstructionChallengeGetsAScheduleAndBudgetButNoElectroKitAndWithoutTheStarterNothingIsAdded()
    {
        using var http = silo.CreateClient();

        var construction = await CreateAsync(http, "construction");
        var bare = await CreateAsync(http, "electro", starter: false);

        Assert.NotNull(construction.Schedule);
        var kit = await http.GetFromJsonAsync<KitTemplate>($"/api/challenges/{construction.Id}/kit-template", ApiClient.Json, Token);
        Assert.Empty(kit!.Items);
        Assert.Equal(150_00, (await http.GetFromJsonAsync<ShopCatalogue>($"/api/challenges/{construction.Id}/shop/catalogue", ApiClient.Json, Token))!.DefaultBudgetCents);
        Assert.Null(bare.Schedule);
        Assert.Empty((await http.GetFromJsonAsync<ShopCatalogue>($"/api/challenges/{bare.Id}/shop/catalogue", ApiClient.Json, Token))!.Items);
    }

    private static async Task<ChallengeDetails> CreateAsync(HttpClient http, string sector, bool starter = true)
    {
        using var created = await http.PostAsJsonAsync("/api/challenges", new { title = $"Challenge {Guid.NewGuid():N}", sector, starterSetup = starter }, ApiClient.Json, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<ChallengeDetails>(ApiClient.Json, Token))!;
    }
}
