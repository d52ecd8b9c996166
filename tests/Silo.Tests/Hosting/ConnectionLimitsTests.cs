using ChallengeHub.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChallengeHub.Silo.Tests.Hosting;

/// <summary>
/// A Silo that runs out of file descriptors is stopped whole by the runtime; Kestrel's connection limits keep the
/// connections within the open-file limit so that the ones beyond are refused instead.
/// </summary>
public sealed class ConnectionLimitsTests(SiloFixture silo)
{
    private const string ProcLimits = """
        Limit                     Soft Limit           Hard Limit           Units
        Max cpu time              unlimited            unlimited            seconds
        Max open files            6000                 20000                files
        Max locked memory         8388608              8388608              bytes
        """;

    [Fact]
    public void TheSiloKeepsItsPlainAndUpgradedConnectionsTogetherWithinItsOpenFileLimit()
    {
        var limits = silo.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
        var openFiles = ConnectionLimits.OpenFileLimit();

        Assert.NotNull(openFiles);
        Assert.NotNull(limits.MaxConcurrentConnections);
        Assert.Equal(limits.MaxConcurrentConnections, limits.MaxConcurrentUpgradedConnections);
        Assert.InRange(limits.MaxConcurrentConnections!.Value * 2, 32, openFiles!.Value - 1);
    }

    [Fact]
    public void TheLimitIsTheSoftOpenFileLimitOfTheProcess()
    {
        Assert.Equal(6000, ConnectionLimits.OpenFileLimit(ProcLimits));
        Assert.Null(ConnectionLimits.OpenFileLimit(ProcLimits.Replace("6000 ", "unlimited", StringComparison.Ordinal)));
        Assert.Null(ConnectionLimits.OpenFileLimit(string.Empty));
    }

    [Theory]
    [InlineData(6000L, 400, 2288L)]
    [InlineData(20000L, 400, 9288L)]
    [InlineData(1024L, 400, 156L)]
    [InlineData(420L, 400, 16L)]
    public void EachKindGetsHalfOfWhatTheOpenDescriptorsAndTheReserveLeaveAndALowLimitKeepsHalfOfItsFreeOnesForConnections(long limit, int openNow, long each) =>
        Assert.Equal(each, ConnectionLimits.ForOpenFileLimit(limit, openNow));

    /// <summary>The documented settings win over the open-file limit; the one not set still comes from it.</summary>
    [Fact]
    public void KestrelLimitsInConfigurationWin()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Kestrel:Limits:MaxConcurrentConnections"] = "123";
        builder.AddConnectionLimits();
        using var app = builder.Build();

        var limits = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(123, limits.MaxConcurrentConnections);
        Assert.Equal(ConnectionLimits.ForOpenFileLimit(ConnectionLimits.OpenFileLimit(), 0) is null, limits.MaxConcurrentUpgradedConnections is null);
    }

    [Fact]
    public void AnUnlimitedProcessIsNotLimited() => Assert.Null(ConnectionLimits.ForOpenFileLimit(null, 400));
}
