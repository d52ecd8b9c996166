using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Silo.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Observability;

public sealed class TelemetryTests(SiloFixture silo)
{
    [Fact]
    public async Task APupilsMilestoneMovesTheMilestoneCounterAndTheDeliveryLagHistogram()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Meetbare Makers");
        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Noor");
        using var measurements = new ChallengeMeasurements(silo.Services, challenge.Id);

        using var logged = await pupil.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones",
            new { title = "De motor draait", story = "Eerst de bedrading nagekeken.", competenceIds = Array.Empty<string>() }, ApiClient.Json, cancellationToken);
        logged.EnsureSuccessStatusCode();
        var lag = await measurements.MilestoneDeliveryLag.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);

        Assert.Equal(1, measurements.MilestonesLogged);
        Assert.InRange(lag, 0, 10);
        using var scraper = silo.CreateAnonymousClient();
        var text = await scraper.GetStringAsync(ObservabilitySetup.MetricsPath, cancellationToken);
        var ours = text.Split('\n').Where(line => line.Contains(challenge.Id.ToString(), StringComparison.Ordinal)).ToList();
        Assert.Contains(ours, line => line.StartsWith("challengehub_milestones_logged", StringComparison.Ordinal) && line.Split(' ')[1] == "1");
        Assert.Contains(ours, line => line.StartsWith("challengehub_wall_delivery_lag_seconds_count", StringComparison.Ordinal)
            && line.Contains("kind=\"milestoneLogged\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryAnswerCarriesACorrelationIdThatDiffersPerRequest()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateAnonymousClient();

        using var first = await http.GetAsync("/api/challenges", cancellationToken);
        using var second = await http.GetAsync("/api/challenges/00000000-0000-0000-0000-000000000001", cancellationToken);

        var firstId = Assert.Single(first.Headers.GetValues(ObservabilitySetup.CorrelationHeader));
        var secondId = Assert.Single(second.Headers.GetValues(ObservabilitySetup.CorrelationHeader));
        Assert.Matches("^[0-9a-f]{32}$", firstId);
        Assert.NotEqual(firstId, secondId);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    /// <summary>What this host's ChallengeHub meter records for one challenge (other hosts in the test run have meters of their own).</summary>
    private sealed class ChallengeMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly TaskCompletionSource<double> _milestoneLag = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly string _challengeId;
        private long _milestones;

        public ChallengeMeasurements(IServiceProvider services, Guid challengeId)
        {
            _challengeId = challengeId.ToString();
            var scope = services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == Telemetry.Name && instrument.Meter.Scope == scope)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                if (instrument.Name == "challengehub.milestones.logged" && Has(tags, Telemetry.ChallengeTag, _challengeId))
                {
                    Interlocked.Add(ref _milestones, value);
                }
            });
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            {
                if (instrument.Name == "challengehub.wall.delivery.lag" && Has(tags, Telemetry.ChallengeTag, _challengeId) && Has(tags, Telemetry.KindTag, "milestoneLogged"))
                {
                    _milestoneLag.TrySetResult(value);
                }
            });
            _listener.Start();
        }

        public long MilestonesLogged => Interlocked.Read(ref _milestones);

        /// <summary>The seconds from the milestone stored to its wall delta sent, as the histogram recorded them.</summary>
        public Task<double> MilestoneDeliveryLag => _milestoneLag.Task;

        public void Dispose() => _listener.Dispose();

        private static bool Has(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key, string value)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == key && Equals(tag.Value, value))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
