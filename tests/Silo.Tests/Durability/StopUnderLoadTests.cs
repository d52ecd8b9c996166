using System.Net.Http.Json;
using ChallengeHub.Azurite;
using ChallengeHub.Benchmark;
using ChallengeHub.Grains.Milestones;

namespace ChallengeHub.Silo.Tests.Durability;

/// <summary>
/// Ctrl+C (SIGINT to the whole process group, Azurite's too if it shared it) while tablets log milestones: no request is
/// answered 500; those that arrive while it stops get 503 with Retry-After. After a restart every acknowledged milestone,
/// and every one the tablets resend, is listed and on the wall exactly once.
/// </summary>
public sealed class StopUnderLoadTests
{
    private const int Tablets = 6;
    private const int MilestonesPerTablet = 20;

    [Fact]
    public async Task CtrlCUnderLoadAnswersNo500AndLosesNothingAcknowledged()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = Directory.CreateTempSubdirectory("challengehub-stop-");
        try
        {
            Guid challengeId;
            List<Tablet> tablets;
            string token;
            await using (var silo = await SiloProcess.StartAsync(data.FullName, cancellationToken: cancellationToken))
            {
                using var http = await silo.OrganiserAsync(firstStart: true, cancellationToken);
                token = http.DefaultRequestHeaders.Authorization!.Parameter!;
                challengeId = (await http.CreateChallengeAsync()).Id;
                tablets = [];
                var (count, underLoad) = (0, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                void Acknowledged()
                {
                    if (Interlocked.Increment(ref count) == Tablets * 2)
                    {
                        underLoad.TrySetResult();
                    }
                }

                for (var t = 1; t <= Tablets; t++)
                {
                    tablets.Add(new Tablet(await http.RegisterTeamAsync(challengeId, $"Ploeg {t:D2}"), token, Acknowledged));
                }

                var sending = tablets.Select(t => t.RunAsync(silo.BaseAddress, MilestonesPerTablet, () => silo.HasExited, cancellationToken)).ToList();
                await underLoad.Task.WaitAsync(TimeSpan.FromMinutes(1), cancellationToken);
                silo.Signal(UnixSignal.Interrupt, group: true);
                Assert.Equal(0, await silo.ExitedAsync(TimeSpan.FromSeconds(90), cancellationToken));
                await Task.WhenAll(sending);
            }

            Assert.All(tablets, t => Assert.Empty(t.Refusals));
            await using var restarted = await SiloProcess.StartAsync(data.FullName, cancellationToken: cancellationToken);
            using var organiser = await restarted.OrganiserAsync(firstStart: false, cancellationToken);
            await Task.WhenAll(tablets.Select(t => t.RunAsync(restarted.BaseAddress, 0, () => false, cancellationToken)));
            Assert.All(tablets, t => Assert.Empty(t.Refusals));

            foreach (var tablet in tablets)
            {
                var listed = await organiser.GetFromJsonAsync<Milestone[]>(
                    $"/api/challenges/{challengeId}/teams/{tablet.Team.Id}/milestones", ApiClient.Json, cancellationToken);
                Assert.Equal(tablet.Acknowledged.Select(m => m.Id).Distinct().Order(), listed!.Select(m => m.Id).Order());
            }

            var wall = await organiser.GetWallAsync(challengeId);
            Assert.Equal(tablets.Sum(t => t.Acknowledged.DistinctBy(m => m.Id).Count()), wall.MilestonesLogged);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
