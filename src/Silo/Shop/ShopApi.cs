using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Shop;
using ChallengeHub.Silo.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChallengeHub.Silo.Shop;

public static class ShopApi
{
    /// <summary>The shop of a challenge (organiser) and each team's budget and orders (pupils and coach).</summary>
    public static IEndpointRouteBuilder MapShopApi(this IEndpointRouteBuilder routes)
    {
        var shop = routes.MapGroup("/api/challenges/{challengeId:guid}/shop")
            .WithTags("Shop")
            .ProducesProblem(StatusCodes.Status404NotFound);
        shop.MapGet("/catalogue", GetCatalogueAsync).WithName("GetShopCatalogue").RequireAuthorization(AccessPolicies.ChallengeMember).WithSummary("The catalogue with stock left, and the default team budget");
        shop.MapPut("/catalogue", SetCatalogueAsync).WithName("SetShopCatalogue").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Replace the catalogue; prices in euro cents, stock limit optional")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        shop.MapPut("/budget", SetDefaultBudgetAsync).WithName("SetDefaultBudget").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Set the budget, in euro cents, every team gets unless its own was set")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        var team = routes.MapGroup("/api/challenges/{challengeId:guid}/teams/{teamId:guid}")
            .WithTags("Budgets")
            .ProducesProblem(StatusCodes.Status404NotFound);
        team.MapGet("/budget", GetBudgetAsync).WithName("GetTeamBudget").RequireAuthorization(AccessPolicies.ReadTeam).WithSummary("A team's budget, what is left, its orders and ledger");
        team.MapPost("/budget/adjustments", AdjustBudgetAsync).WithName("AdjustTeamBudget").RequireAuthorization(AccessPolicies.Organise)
            .WithSummary("Set a team's own budget, with a reason")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        team.MapPost("/orders", OrderAsync).WithName("OrderFromShop").RequireAuthorization(AccessPolicies.ActForTeam).RequireRateLimiting(RateLimits.Creation)
            .WithSummary("Order from the shop; an Idempotency-Key makes retries safe")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        MapAction(team, "approve", "ApproveShopOrder", AccessPolicies.CoachTeam, "Approve a pending order: the stock is taken and the amount spent", (b, c, o, r, a) => b.ApproveAsync(c, o, r, a));
        MapAction(team, "reject", "RejectShopOrder", AccessPolicies.CoachTeam, "Reject a pending order, with a reason", (b, c, o, r, a) => b.RejectAsync(c, o, r, a));
        MapAction(team, "cancel", "CancelShopOrder", AccessPolicies.ActForTeam, "Cancel a pending order", (b, c, o, r, a) => b.CancelAsync(c, o, r, a));
        MapAction(team, "return", "ReturnShopOrder", AccessPolicies.CoachTeam, "Take an approved order back, with a reason: budget and stock return", (b, c, o, r, a) => b.ReturnAsync(c, o, r, a));
        return routes;
    }

    /// <summary>Who acts is the signed-in caller, never a name in the request body: a pupil cannot order or decide in a coach's name.</summary>
    private static BudgetActor ActorOf(HttpContext http) => Caller.From(http.User) is { } caller
        ? new BudgetActor(caller.Id, caller.DisplayName)
        : throw new InvalidOperationException("Budget endpoints require a signed-in caller.");

    private static void MapAction(RouteGroupBuilder team, string action, string name, string policy, string summary,
        Func<IBudgetGrain, Guid, Guid, OrderActionRequest, BudgetActor, Task<ShopOrder>> act) =>
        team.MapPost($"/orders/{{orderId:guid}}/{action}",
                async Task<Ok<ShopOrder>> (Guid challengeId, Guid teamId, Guid orderId, OrderActionRequest request, HttpContext http, IGrainFactory grains) =>
                    TypedResults.Ok(await act(grains.GetGrain<IBudgetGrain>(teamId), challengeId, orderId, request, ActorOf(http))))
            .WithName(name)
            .RequireAuthorization(policy)
            .WithSummary(summary)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ShopCatalogue>> GetCatalogueAsync(Guid challengeId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IShopGrain>(challengeId).GetAsync());

    private static async Task<Ok<ShopCatalogue>> SetCatalogueAsync(Guid challengeId, SetCatalogueRequest request, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IShopGrain>(challengeId).SetCatalogueAsync(request));

    private static async Task<Ok<ShopCatalogue>> SetDefaultBudgetAsync(Guid challengeId, SetDefaultBudgetRequest request, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IShopGrain>(challengeId).SetDefaultBudgetAsync(request));

    private static async Task<Ok<TeamBudget>> GetBudgetAsync(Guid challengeId, Guid teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IBudgetGrain>(teamId).GetAsync(challengeId));

    private static async Task<Ok<TeamBudget>> AdjustBudgetAsync(Guid challengeId, Guid teamId, BudgetAdjustmentRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IBudgetGrain>(teamId).AdjustAsync(challengeId, request, ActorOf(http)));

    private static async Task<Created<ShopOrder>> OrderAsync(
        Guid challengeId,
        Guid teamId,
        NewOrderRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http,
        IGrainFactory grains)
    {
        var order = await grains.GetGrain<IBudgetGrain>(teamId).OrderAsync(challengeId, request, idempotencyKey, ActorOf(http));
        return TypedResults.Created($"/api/challenges/{challengeId}/teams/{teamId}/orders/{order.Id}", order);
    }
}
