using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChallengeHub.Grains.Budgets;

namespace ChallengeHub.Silo.Tests.Shop;

public sealed class ShopApiTests(SiloFixture silo)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string, HttpStatusCode> BadInput => new()
    {
        { "negative quantity", "POST teams/{team}/orders", """{"sku":"MOT-12V","quantity":-2}""", HttpStatusCode.BadRequest },
        { "zero quantity", "POST teams/{team}/orders", """{"sku":"MOT-12V","quantity":0}""", HttpStatusCode.BadRequest },
        { "quantity beyond range", "POST teams/{team}/orders", """{"sku":"MOT-12V","quantity":99999999999}""", HttpStatusCode.BadRequest },
        { "unknown sku", "POST teams/{team}/orders", """{"sku":"SOLDEERBOUT","quantity":1}""", HttpStatusCode.UnprocessableEntity },
        { "note too long", "POST teams/{team}/orders", $$"""{"sku":"MOT-12V","quantity":1,"note":"{{new string('x', 301)}}"}""", HttpStatusCode.BadRequest },
        { "negative price", "PUT shop/catalogue", """{"items":[{"sku":"A","name":"Draad","unitPriceCents":-5}]}""", HttpStatusCode.BadRequest },
        { "price too high", "PUT shop/catalogue", """{"items":[{"sku":"A","name":"Draad","unitPriceCents":1000001}]}""", HttpStatusCode.BadRequest },
        { "negative stock", "PUT shop/catalogue", """{"items":[{"sku":"A","name":"Draad","unitPriceCents":100,"stockLimit":-1}]}""", HttpStatusCode.BadRequest },
        { "duplicate sku", "PUT shop/catalogue", """{"items":[{"sku":"A","name":"Draad","unitPriceCents":100},{"sku":"a","name":"Kabel","unitPriceCents":100}]}""", HttpStatusCode.BadRequest },
        { "name too long", "PUT shop/catalogue", $$"""{"items":[{"sku":"A","name":"{{new string('x', 81)}}","unitPriceCents":100}]}""", HttpStatusCode.BadRequest },
        { "sku with spaces", "PUT shop/catalogue", """{"items":[{"sku":"A B","name":"Draad","unitPriceCents":100}]}""", HttpStatusCode.BadRequest },
        { "negative default budget", "PUT shop/budget", """{"budgetCents":-1}""", HttpStatusCode.BadRequest },
        { "default budget too high", "PUT shop/budget", """{"budgetCents":10000001}""", HttpStatusCode.BadRequest },
        { "team budget too high", "POST teams/{team}/budget/adjustments", """{"budgetCents":10000001,"reason":"Sponsoring"}""", HttpStatusCode.BadRequest },
        { "adjustment without reason", "POST teams/{team}/budget/adjustments", """{"budgetCents":500}""", HttpStatusCode.BadRequest },
        { "reason too long", "POST teams/{team}/budget/adjustments", $$"""{"budgetCents":500,"reason":"{{new string('x', 301)}}"}""", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadShopInputGetsProblemDetailsAndStoresNothing(string reason, string route, string body, HttpStatusCode expected)
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Draadkrachten");
        var catalogue = await http.SetUpShopAsync(challenge.Id);
        var budget = await http.GetBudgetAsync(team);
        var (method, path) = (route.Split(' ')[0], route.Split(' ')[1].Replace("{team}", team.Id.ToString(), StringComparison.Ordinal));

        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/challenges/{challenge.Id}/{path}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request, Cancel);

        Assert.True(expected == response.StatusCode, $"{reason}: expected {expected}, got {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equivalent(catalogue, await http.GetCatalogueAsync(challenge.Id), strict: true);
        Assert.Equivalent(budget, await http.GetBudgetAsync(team), strict: true);
    }

    [Fact]
    public async Task RefusedOrdersAndApprovalsAre409sThatSayWhy()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Volt Vooruit");
        var rival = await http.RegisterTeamAsync(challenge.Id, "De Schakelaars");
        await http.SetUpShopAsync(challenge.Id, defaultBudgetCents: 3000, motorStock: 1);

        using var tooExpensive = await http.PostOrderAsync(team, new { sku = "SENS-IR", quantity = 11 });
        var order = await http.OrderAsync(team);
        var rivalOrder = await http.OrderAsync(rival);
        using var approved = await http.ActAsync(rival, rivalOrder.Id, "approve");
        using var soldOut = await http.ActAsync(team, order.Id, "approve");

        await AssertConflictAsync(tooExpensive, "Not enough budget left");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await AssertConflictAsync(soldOut, "Out of stock");
        var budget = await http.GetBudgetAsync(team);
        Assert.Equal((OrderStatus.Pending, 3000L), (Assert.Single(budget.Orders).Status, budget.LeftCents));
    }

    [Fact]
    public async Task ACoachApprovesRejectsAndReturnsAndTheLedgerSaysWhoAndWhy()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Stroomlijn");
        await http.SetUpShopAsync(challenge.Id);
        var kept = await http.OrderAsync(team, quantity: 2);
        var rejected = await http.OrderAsync(team);
        var returned = await http.OrderAsync(team);

        using var noReason = await http.ActAsync(team, rejected.Id, "reject");
        (await http.ActAsync(team, kept.Id, "approve")).EnsureSuccessStatusCode();
        (await http.ActAsync(team, rejected.Id, "reject", "Eerst het schema tonen")).EnsureSuccessStatusCode();
        (await http.ActAsync(team, returned.Id, "approve")).EnsureSuccessStatusCode();
        (await http.ActAsync(team, returned.Id, "return", "Dubbel besteld")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var budget = await http.GetBudgetAsync(team);
        Assert.Equal((2500L, 7500L, 3), (budget.SpentCents, budget.LeftCents, (await http.GetCatalogueAsync(challenge.Id)).Find(ShopApiClient.Motor)!.StockLeft!.Value));
        Assert.Equal([OrderStatus.Returned, OrderStatus.Rejected, OrderStatus.Approved], budget.Orders.Select(o => o.Status));
        var entry = budget.Ledger[0];
        Assert.Equal((LedgerEntryKind.Returned, 1250L, SiloHost.OrganiserName, "Dubbel besteld"), (entry.Kind, entry.AmountCents, entry.Actor, entry.Why));
    }

    [Fact]
    public async Task TwentyConcurrentRetriesWithOneIdempotencyKeyStoreOneOrder()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "Team Stroomversnelling");
        await http.SetUpShopAsync(challenge.Id);
        var key = Guid.NewGuid().ToString();
        var body = new { sku = ShopApiClient.Motor, quantity = 2 };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await http.PostOrderAsync(team, body, key);
            return (response.StatusCode, Order: await response.Content.ReadFromJsonAsync<ShopOrder>(ApiClient.Json, Cancel));
        }));
        using var otherBody = await http.PostOrderAsync(team, body with { quantity = 3 }, key);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var stored = Assert.Single((await http.GetBudgetAsync(team)).Orders);
        Assert.All(responses, r => Assert.Equal(stored.Id, r.Order!.Id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.StatusCode);
    }

    private static async Task AssertConflictAsync(HttpResponseMessage response, string title)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
