using System.Collections.Immutable;
using System.Reflection;
using ChallengeHub.Grains.Runs;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests.Runs;

/// <summary>Run times are a team's own yardstick: no contract ranks them, and nothing gathers the times of several teams.</summary>
public sealed class CourseRunNonRankingTests(ClusterFixture fixture)
{
    private static readonly Type[] RunContracts =
        [typeof(CourseRun), typeof(RecordCourseRunRequest), typeof(CourseRunOverview), typeof(CourseRunImprovement), typeof(ICourseRunLogGrain)];

    private static readonly Type[] GrainInterfaces =
    [
        .. typeof(ICourseRunLogGrain).Assembly.GetExportedTypes().Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t)),
    ];

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public void RunContractsCarryNoRankingMember()
    {
        Assert.Empty(RunContracts.SelectMany(RankingWords.FindIn));
    }

    [Fact]
    public void OnlyTheTeamKeyedRunLogHandsOutRuns()
    {
        Assert.Contains(typeof(ICourseRunLogGrain), GrainInterfaces);
        Assert.Equal(["ICourseRunLogGrain.RecordAsync", "ICourseRunLogGrain.GetOverviewAsync"], RunCarriers(GrainInterfaces));
        Assert.True(typeof(IGrainWithGuidKey).IsAssignableFrom(typeof(ICourseRunLogGrain)));
    }

    [Fact]
    public void TheRunCarrierCheckFlagsAGrainThatGathersRunsOfSeveralTeams()
    {
        Assert.Equal(["ILeagueGrain.GetAllRunsAsync", "ILeagueGrain.GetFastestAsync"], RunCarriers([typeof(ILeagueGrain)]));
    }

    [Fact]
    public void TheWallCarriesNoRunTimes()
    {
        Type[] wall = [typeof(WallSnapshot), typeof(WallTeam), typeof(WallDelta), typeof(WallMilestone), typeof(CompetenceLevel)];

        Assert.All(wall, type => Assert.False(Carries(type, []), $"{type.Name} carries course runs."));
        Assert.DoesNotContain(wall.SelectMany(t => t.GetProperties()),
            p => p.Name.Contains("Duration", StringComparison.Ordinal) || p.Name.Contains("Run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordingRunsLeavesTheWallUnchanged()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.TeamAsync(challenge.Id, "Team Kortsluiting");
        var before = await _grains.WallAsync(challenge.Id);

        await _grains.RunAsync(team, 12_345);
        await _grains.RunAsync(team, 11_000);

        var after = await _grains.WallAsync(challenge.Id);
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Equal(before.Teams.Select(t => t.Name), after.Teams.Select(t => t.Name));
    }

    /// <summary>The grain methods, as "Interface.Method", whose result carries course runs.</summary>
    private static List<string> RunCarriers(IEnumerable<Type> interfaces) =>
    [
        .. interfaces.SelectMany(i => i.GetMethods())
            .Where(m => Carries(m.ReturnType, []))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}"),
    ];

    /// <summary>Whether a value of <paramref name="type"/> can hold a course run: directly, as a type argument or in a ChallengeHub property.</summary>
    private static bool Carries(Type type, HashSet<Type> seen) =>
        type == typeof(CourseRun)
        || (seen.Add(type)
            && (type.GetGenericArguments().Any(t => Carries(t, seen))
                || (type.Namespace?.StartsWith("ChallengeHub", StringComparison.Ordinal) == true
                    && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => Carries(p.PropertyType, seen)))));

    /// <summary>Shaped like a grain interface but not one, so that Orleans generates no proxy for it.</summary>
    private interface ILeagueGrain
    {
        Task<ImmutableArray<CourseRun>> GetAllRunsAsync();

        Task<ImmutableDictionary<Guid, CourseRunOverview>> GetFastestAsync();

        Task<int> CountTeamsAsync();
    }
}
