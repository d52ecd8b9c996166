using ChallengeHub.Azurite;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Shop;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Tests.Shop;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests;

/// <summary>Runs its own Azurite and two clusters in turn, so the second can only know what the first stored.</summary>
public sealed class StorageDurabilityTests
{
    [Fact]
    public async Task EverythingStoredIsReadBackByANewCluster()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var azurite = await AzuriteProcess.StartAsync(
            new AzuriteOptions { InMemory = true, BlobPort = 0, QueuePort = 0, TablePort = 0 }, cancellationToken: cancellationToken);

        ChallengeDetails challenge;
        TeamDetails team;
        Milestone milestone;
        Badge badge;
        WallSnapshot wall;
        ShopCatalogue shop;
        TeamBudget budget;
        await using (var first = await TestSilo.DeployAsync(azurite.ConnectionString, cancellationToken))
        {
            var grains = first.Client;
            challenge = await grains.ChallengeAsync(title: "Zonnewagen");
            await grains.WallAsync(challenge.Id);
            team = await grains.TeamAsync(challenge.Id, "De Vonk");
            await grains.TeamAsync(challenge.Id, "Bouwers");
            milestone = await grains.MilestoneAsync(team, idempotencyKey: "m-1");
            badge = await grains.BadgeAsync(team, level: 3, milestoneIds: [milestone.Id]);
            wall = await grains.WallAsync(challenge.Id);
            await grains.ShopAsync(challenge.Id, defaultBudgetCents: 10_000, motorStock: 5);
            await grains.ApproveAsync(team, (await grains.OrderAsync(team, quantity: 2, idempotencyKey: "o-1")).Id);
            await grains.OrderAsync(team, ShopArrange.Sensor);
            await grains.Budget(team).AdjustAsync(challenge.Id, new(12_000, "Extra sponsoring"), ShopArrange.Organiser);
            shop = await first.Client.GetGrain<IShopGrain>(challenge.Id).GetAsync();
            budget = await grains.BudgetAsync(team);
            await first.StopAllSilosAsync(cancellationToken);
        }

        await using var second = await TestSilo.DeployAsync(azurite.ConnectionString, cancellationToken);
        var again = second.Client;

        Assert.Equivalent(challenge, await again.GetGrain<IChallengeGrain>(challenge.Id).GetAsync(), strict: true);
        Assert.Contains(await again.GetGrain<IChallengeDirectoryGrain>(Constants.SingletonKey).ListAsync(), c => c.Id == challenge.Id);
        Assert.Equal(["Bouwers", "De Vonk"], (await again.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync()).Select(t => t.Name));
        Assert.Equal(team, await again.GetGrain<ITeamGrain>(team.Id).GetAsync());
        Assert.Equivalent(new[] { milestone }, await again.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id), strict: true);
        Assert.Equivalent(new[] { badge }, await again.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challenge.Id), strict: true);
        Assert.Equal(4, wall.Sequence);
        Assert.Equivalent(wall, await again.WallAsync(challenge.Id), strict: true);
        Assert.Equivalent(shop, await again.GetGrain<IShopGrain>(challenge.Id).GetAsync(), strict: true);
        Assert.Equivalent(budget, await again.BudgetAsync(team), strict: true);
        Assert.Equal((2, 4, 12_000L, 9500L), (budget.Orders.Length, budget.Ledger.Length, budget.BudgetCents, budget.LeftCents));

        // The restored grains go on where the first cluster stopped: retries are still recognised, numbering continues.
        Assert.Equal(milestone.Id, (await again.MilestoneAsync(team, idempotencyKey: "m-1")).Id);
        await again.MilestoneAsync(team, "Na de herstart");
        Assert.Equal(wall.Sequence + 1, (await again.WallAsync(challenge.Id)).Sequence);
        var retried = await again.OrderAsync(team, quantity: 2, idempotencyKey: "o-1");
        Assert.Equal((budget.Orders[^1].Id, OrderStatus.Approved), (retried.Id, retried.Status));
        await again.ApproveAsync(team, (await again.OrderAsync(team, quantity: 3)).Id);
        Assert.Equal(0, await again.StockLeftAsync(challenge.Id));
        Assert.Equal(5750, (await again.BudgetAsync(team)).LeftCents);

        await second.StopAllSilosAsync(cancellationToken);
    }
}
