using System.Text.Json;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Live;

/// <summary>A .NET wall client may speak MessagePack instead of JSON and then receives the very same snapshot and deltas.</summary>
public sealed class MessagePackWallTests(SiloFixture silo)
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    [Fact]
    public async Task AWatcherSpeakingMessagePackReceivesTheSameSnapshotAndDeltasAsOneSpeakingJson()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var first = await http.RegisterTeamAsync(challenge.Id, "De Stroomvangers");
        var milestone = await http.LogMilestoneAsync(first, "Schakelkast bedraad", "veilig-werken");
        await using var json = await WallWatcher.StartAsync(silo.BaseAddress, challenge.Id, cancellationToken);
        var messagePackConnection = new HubConnectionBuilder()
            .WithUrl(new Uri(silo.BaseAddress, "/hubs/challenge"))
            .AddMessagePackProtocol()
            .Build();
        await using var messagePack = await WallWatcher.StartAsync(messagePackConnection, challenge.Id, cancellationToken);

        // A new card (records, lists, enums), a milestone (Guid, DateTimeOffset, the counts) and a badge (a level).
        var second = await http.RegisterTeamAsync(challenge.Id, "De Kabeltrekkers", "KTA Gent");
        var next = await http.LogMilestoneAsync(second, "Aarding gemeten", "veilig-werken");
        await http.AwardBadgeAsync(first, "veilig-werken", 2, milestone.Id);

        Assert.Equal(Text(json.Snapshot), Text(messagePack.Snapshot));
        Assert.Equal(messagePack.Snapshot.Sequence, json.Snapshot.Sequence);
        var expected = await json.ReceiveAsync(3, cancellationToken);
        var received = await messagePack.ReceiveAsync(3, cancellationToken);
        Assert.Equal([WallDeltaKind.TeamRegistered, WallDeltaKind.MilestoneLogged, WallDeltaKind.BadgeAwarded], received.Select(d => d.Kind));
        Assert.Equal(next.Id, received[1].Milestone!.Id);
        Assert.NotNull(received[1].StoredAt);
        Assert.Equal(expected.Select(Text), received.Select(Text));
        Assert.Equal(expected[1].Milestone!.LoggedAt, received[1].Milestone!.LoggedAt);
        Assert.Equal(expected[1].Milestone!.LoggedAt.Offset, received[1].Milestone!.LoggedAt.Offset);
    }

    private static string Text<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiSetup.Configure(options);
        return options;
    }
}
