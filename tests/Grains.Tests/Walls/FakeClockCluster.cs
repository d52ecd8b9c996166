using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Tests.Push;
using ChallengeHub.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace ChallengeHub.Grains.Tests.Walls;

/// <summary>
/// A cluster of its own whose clock the tests move, for rules that follow the calendar. Its tests share the clock, so they
/// live in one class (run one after the other) and only ever move it forward.
/// </summary>
public sealed class FakeClockCluster : AzuriteFixture
{
    private InProcessTestCluster? _cluster;

    /// <summary>Starts on a Saturday morning of the challenge, 10:00 in Brussels.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));

    public IGrainFactory Grains => (_cluster ?? throw new InvalidOperationException("The cluster is not deployed.")).Client;

    public WallFeed Feed { get; } = new();

    protected override async ValueTask StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        _cluster = await TestSilo.DeployAsync(connectionString, cancellationToken,
            configure: builder => builder.ConfigureSilo((_, silo) => silo.Services.AddSingleton<TimeProvider>(Clock)));
        await Grains.GetGrain<IPushRegistryGrain>(Constants.SingletonKey).RegisterAsync(_cluster.Silos[0].SiloAddress, Grains.CreateObjectReference<IPushObserver>(Feed));
    }

    /// <summary>Moves the clock forward to the next <paramref name="time"/> in Brussels.</summary>
    public void AdvanceTo(TimeOnly time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var now = TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), zone);
        var target = now.Date + time.ToTimeSpan();
        if (target <= now.DateTime)
        {
            target = target.AddDays(1);
        }

        Clock.SetUtcNow(new DateTimeOffset(target, zone.GetUtcOffset(target)));
    }

    protected override async ValueTask StopAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }
}
