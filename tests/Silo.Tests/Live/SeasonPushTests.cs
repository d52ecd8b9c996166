using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Tests.Seasons;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChallengeHub.Silo.Tests.Live;

/// <summary>Season changes reach every screen watching the challenge as <c>seasonChanged</c>, without a team or a merit field.</summary>
public sealed class SeasonPushTests(SiloFixture silo)
{
    [Fact]
    public async Task AWatcherOfTheChallengeHearsTeamsMoveTheJuryDeliberateAndPublishWithoutAnyMeritField()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Vonk");
        var received = Channel.CreateUnbounded<JsonElement>();
        await using var connection = ApiClient.CreateHubConnection(silo.BaseAddress);
        connection.On<JsonElement>("seasonChanged", change => received.Writer.TryWrite(change));
        await connection.StartAsync(cancellationToken);
        await connection.InvokeAsync<WallSnapshot>("WatchChallenge", challenge.Id, cancellationToken);

        var venue = await VenueOverviewApiTests.VenueWithAsync(http, challenge.Id, team.Id);
        var board = $"/api/challenges/{challenge.Id}/season/venues/{venue}/board";
        (await http.PostAsJsonAsync($"{board}/recognitions", new { teamId = team.Id, categoryId = "proces", reason = "Elke stap in het logboek" }, cancellationToken)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"{board}/publish", new { }, cancellationToken)).EnsureSuccessStatusCode();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var changes = new List<JsonElement>();
        while (changes.Count < 5)
        {
            changes.Add(await received.Reader.ReadAsync(timeout.Token));
        }

        // One-way pushes: each arrives, their order between silos' workers is not promised.
        Assert.Equal(["deliberated", "planned", "planned", "recognitionsPublished", "teamsMoved"], changes.Select(c => c.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(venue.ToString(), changes.Single(c => c.GetProperty("kind").GetString() == "recognitionsPublished").GetProperty("venueId").GetString());
        Assert.All(changes, change => Assert.Empty(MeritFields.In(change)));
        Assert.All(changes, change => Assert.False(change.TryGetProperty("teamId", out _)));
    }
}
