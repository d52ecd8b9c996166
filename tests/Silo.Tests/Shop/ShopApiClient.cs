using System.Net.Http.Json;
using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Shop;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Shop;

/// <summary>The shop as the organiser's screen, the tablet and the coach page use it over HTTP.</summary>
public static class ShopApiClient
{
    public const string Motor = "MOT-12V";

    /// <summary>A motor at €12.50 with <paramref name="motorStock"/> in stock, an unlimited sensor at €3.00, and a default budget.</summary>
    public static async Task<ShopCatalogue> SetUpShopAsync(this HttpClient http, Guid challengeId, long defaultBudgetCents = 10_000, int motorStock = 5)
    {
        var items = new object[]
        {
            new { sku = Motor, name = "Motor 12 V", description = "Gelijkstroommotor met reductie", unitPriceCents = 1250, stockLimit = motorStock },
            new { sku = "SENS-IR", name = "Infraroodsensor", description = "Voor de lijnvolger", unitPriceCents = 300 },
        };
        using (var catalogue = await http.PutAsJsonAsync($"/api/challenges/{challengeId}/shop/catalogue", new { items }, ApiClient.Json))
        {
            catalogue.EnsureSuccessStatusCode();
        }

        using var budget = await http.PutAsJsonAsync($"/api/challenges/{challengeId}/shop/budget", new { budgetCents = defaultBudgetCents }, ApiClient.Json);
        budget.EnsureSuccessStatusCode();
        return (await budget.Content.ReadFromJsonAsync<ShopCatalogue>(ApiClient.Json))!;
    }

    public static async Task<ShopCatalogue> GetCatalogueAsync(this HttpClient http, Guid challengeId) =>
        (await http.GetFromJsonAsync<ShopCatalogue>($"/api/challenges/{challengeId}/shop/catalogue", ApiClient.Json))!;

    public static async Task<TeamBudget> GetBudgetAsync(this HttpClient http, TeamDetails team) =>
        (await http.GetFromJsonAsync<TeamBudget>($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/budget", ApiClient.Json))!;

    public static Task<HttpResponseMessage> PostOrderAsync(this HttpClient http, TeamDetails team, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/challenges/{team.ChallengeId}/teams/{team.Id}/orders")
        {
            Content = JsonContent.Create(body, options: ApiClient.Json),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return http.SendAsync(request);
    }

    public static async Task<ShopOrder> OrderAsync(this HttpClient http, TeamDetails team, int quantity = 1, string sku = Motor)
    {
        using var response = await http.PostOrderAsync(team, new { sku, quantity, note = "Voor de aandrijving" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ShopOrder>(ApiClient.Json))!;
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient http, TeamDetails team, Guid orderId, string action, string? reason = null) =>
        http.PostAsJsonAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/orders/{orderId}/{action}", new { reason }, ApiClient.Json);
}
