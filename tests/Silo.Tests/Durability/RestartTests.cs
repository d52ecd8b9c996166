using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Azurite;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Durability;

/// <summary>
/// A milestone is answered 2xx, the Silo process is stopped 0-200 ms later, and a restart on the same data directory must
/// list it and show it on the wall; round after round on the same data. The benchmark tool runs the 20-round version
/// (<c>restart</c>); here a few rounds keep the suite short.
/// </summary>
public sealed class RestartTests
{
    private const int Rounds = 3;

    [Fact]
    public Task AMilestoneAnsweredJustBeforeSigtermToTheSiloIsListedAndOnTheWallAfterARestart() =>
        RoundsAsync(silo => silo.Signal(UnixSignal.Terminate));

    [Fact]
    public Task AMilestoneAnsweredJustBeforeCtrlCIsListedAndOnTheWallAfterARestart() =>
        RoundsAsync(silo => silo.Signal(UnixSignal.Interrupt, group: true));

    private static async Task RoundsAsync(Action<SiloProcess> stop)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = Directory.CreateTempSubdirectory("challengehub-restart-");
        var random = new Random(13);
        var acknowledged = new List<Milestone>();
        (Guid ChallengeId, TeamDetails Team)? arranged = null;
        try
        {
            for (var round = 0; round <= Rounds; round++)
            {
                await using var silo = await SiloProcess.StartAsync(data.FullName, cancellationToken: cancellationToken);
                using var http = await silo.OrganiserAsync(firstStart: round == 0, cancellationToken);
                if (arranged is not { } world)
                {
                    var challenge = await http.CreateChallengeAsync();
                    world = (challenge.Id, await http.RegisterTeamAsync(challenge.Id, "De Herstarters"));
                    arranged = world;
                }

                await AssertKeptAsync(http, world.ChallengeId, world.Team, acknowledged, round, silo);
                if (round == Rounds)
                {
                    break;
                }

                acknowledged.Add(await http.LogMilestoneAsync(world.Team, $"Stap {round + 1}"));
                await Task.Delay(random.Next(0, 200), cancellationToken);
                stop(silo);
                Assert.Equal(0, await silo.ExitedAsync(TimeSpan.FromSeconds(90), cancellationToken));
            }
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task AssertKeptAsync(HttpClient http, Guid challengeId, TeamDetails team, List<Milestone> acknowledged, int round, SiloProcess silo)
    {
        var listed = await http.GetFromJsonAsync<Milestone[]>($"/api/challenges/{challengeId}/teams/{team.Id}/milestones", ApiClient.Json);
        Assert.True(listed is not null && acknowledged.Select(m => m.Id).SequenceEqual(listed.Reverse().Select(m => m.Id)),
            $"Round {round}: acknowledged {acknowledged.Count}, listed {listed?.Length} after the restart.{Environment.NewLine}{silo.Output}");
        var wall = await http.GetWallAsync(challengeId);
        Assert.Equal(acknowledged.Count, wall.MilestonesLogged);
        if (acknowledged.LastOrDefault() is { } last)
        {
            Assert.Equal(last.Id, wall.Teams.Single().RecentMilestones[0].Id);
        }

        using var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
