using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Azure.Data.Tables;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Voice;

namespace ChallengeHub.Grains.Tests.Voice;

public sealed class CheckInTests(ClusterFixture fixture)
{
    private static readonly CheckInRequest ThreeAnswered = new(true, ImmutableDictionary<string, int?>.Empty
        .Add("strengths", 3).Add("future", 1).Add("proud", 4).Add("learn-more", null));

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task TheCheckInIsOffUntilTheOrganiserSwitchesItOnAndThenTheStartIsDue()
    {
        var (team, pupil) = await PupilAsync(switchedOn: false);
        var teamGrain = _grains.GetGrain<ITeamGrain>(team.Id);

        Assert.Equal((false, (CheckInMoment?)null), ((await teamGrain.GetCheckInAsync(pupil.Id)).On, (await teamGrain.GetCheckInAsync(pupil.Id)).Due));
        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => teamGrain.CheckInAsync(pupil.Id, CheckInMoment.Start, ThreeAnswered));
        Assert.Equal(ProblemTypes.CheckInOff.Code, refusal.Code);

        await _grains.GetGrain<ICheckInSettingsGrain>(team.ChallengeId).SetAsync(true);
        var stand = await teamGrain.GetCheckInAsync(pupil.Id);
        Assert.Equal((true, (CheckInMoment?)CheckInMoment.Start), (stand.On, stand.Due));
        Assert.Equal(Describe(CheckInTally.Empty), Describe(await Tally(team).GetAsync()));
    }

    [Fact]
    public async Task APupilAnswersEachMomentOnceAndASecondAnswerIsRefusedWithTheCountsUnchanged()
    {
        var (team, pupil) = await PupilAsync();
        var teamGrain = _grains.GetGrain<ITeamGrain>(team.Id);

        var after = await teamGrain.CheckInAsync(pupil.Id, CheckInMoment.Start, ThreeAnswered);
        var counted = await Tally(team).GetAsync();
        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => teamGrain.CheckInAsync(pupil.Id, CheckInMoment.Start, ThreeAnswered));

        Assert.Equal(ProblemTypes.CheckInAnswered.Code, refusal.Code);
        Assert.Null(after.Due);
        Assert.Equal(Describe(counted), Describe(await Tally(team).GetAsync()));
        Assert.Equal(1, counted.Start.Answers);
        Assert.Equal([0, 0, 1, 0], counted.Start.Values["strengths"]);
        Assert.Equal([1, 0, 0, 0], counted.Start.Values["future"]);
        Assert.False(counted.Start.Values.ContainsKey("learn-more"));
        Assert.Equal(0, counted.End.Answers);
        Assert.Empty(counted.End.Values);
    }

    [Fact]
    public async Task TheEndIsDueOnceTheChallengeIsInItsShowcase()
    {
        var (team, pupil) = await PupilAsync();
        var teamGrain = _grains.GetGrain<ITeamGrain>(team.Id);
        var early = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => teamGrain.CheckInAsync(pupil.Id, CheckInMoment.End, ThreeAnswered));

        await _grains.GetGrain<IChallengeGrain>(team.ChallengeId).AdvanceAsync(ChallengeStatus.Showcase);
        Assert.Equal(CheckInMoment.End, (await teamGrain.GetCheckInAsync(pupil.Id)).Due);
        await teamGrain.CheckInAsync(pupil.Id, CheckInMoment.End, ThreeAnswered);

        Assert.Equal(ProblemTypes.CheckInNotDue.Code, early.Code);
        Assert.Equal((0, 1), ((await Tally(team).GetAsync()).Start.Answers, (await Tally(team).GetAsync()).End.Answers));
    }

    [Fact]
    public async Task ACoachWhoSwitchesTheCheckInOffForTheTeamKeepsItsPupilsFromBeingAsked()
    {
        var (team, pupil) = await PupilAsync();
        var teamGrain = _grains.GetGrain<ITeamGrain>(team.Id);

        var switched = await teamGrain.SetTeamCheckInAsync(false);
        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => teamGrain.CheckInAsync(pupil.Id, CheckInMoment.Start, ThreeAnswered));

        Assert.Equal(new TeamCheckIn(ChallengeOn: true, TeamOn: false), switched);
        Assert.Equal(ProblemTypes.CheckInOff.Code, refusal.Code);
        Assert.False((await teamGrain.GetCheckInAsync(pupil.Id)).On);
        Assert.Equal(Describe(CheckInTally.Empty), Describe(await Tally(team).GetAsync()));
    }

    [Fact]
    public async Task APupilWhoDeclinesIsMarkedAsAskedAndNothingIsCounted()
    {
        var (team, pupil) = await PupilAsync();
        var teamGrain = _grains.GetGrain<ITeamGrain>(team.Id);

        var after = await teamGrain.CheckInAsync(pupil.Id, CheckInMoment.Start, ThreeAnswered with { Consent = false });

        Assert.Null(after.Due);
        Assert.Equal(Describe(CheckInTally.Empty), Describe(await Tally(team).GetAsync()));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => teamGrain.CheckInAsync(pupil.Id, CheckInMoment.Start, ThreeAnswered));
    }

    [Theory]
    [InlineData("strengths", 5)]
    [InlineData("strengths", 0)]
    [InlineData("favourite-team", 3)]
    public async Task AnswersOutsideTheScaleOrToUnknownQuestionsAreRefusedAndChangeNothing(string question, int value)
    {
        var (team, pupil) = await PupilAsync();
        var teamGrain = _grains.GetGrain<ITeamGrain>(team.Id);

        await Refusal.ExpectAsync(DomainErrorKind.Invalid,
            () => teamGrain.CheckInAsync(pupil.Id, CheckInMoment.Start, new(true, ImmutableDictionary<string, int?>.Empty.Add(question, value))));

        Assert.Equal(CheckInMoment.Start, (await teamGrain.GetCheckInAsync(pupil.Id)).Due);
        Assert.Equal(Describe(CheckInTally.Empty), Describe(await Tally(team).GetAsync()));
    }

    [Fact]
    public async Task TheStoredAnswersHoldNoPupilSessionNicknameOrTimeOfAnswering()
    {
        var (team, pupil) = await PupilAsync(nickname: "Zora-Stemt");
        await _grains.GetGrain<ITeamGrain>(team.Id).CheckInAsync(pupil.Id, CheckInMoment.Start, ThreeAnswered);

        var stored = await StoredAsync(team.Id, "checkintally");
        Assert.Single(stored);
        var bytes = stored[0];
        Assert.True(bytes.Length > 0);
        foreach (var needle in new[]
        {
            pupil.Id.ToByteArray(), Encoding.UTF8.GetBytes(pupil.Id.ToString()), Encoding.UTF8.GetBytes(pupil.Id.ToString("N")),
            Encoding.UTF8.GetBytes(pupil.Nickname), Encoding.Unicode.GetBytes(pupil.Nickname),
        })
        {
            Assert.True(bytes.AsSpan().IndexOf(needle) < 0, "The stored answers name the pupil.");
        }

        // No field of the stored answers can hold a time; the only ids are the one-time tickets of answers in flight.
        Assert.Equal([], FieldTypes(typeof(CheckInTallyState)).Where(t => t == typeof(DateTimeOffset) || t == typeof(DateTime)));
        Assert.Equal([typeof(Guid)], FieldTypes(typeof(CheckInTallyState)).Where(t => t == typeof(Guid)).Distinct());
    }

    /// <summary>The counts as text, to compare two tallies by what they hold.</summary>
    private static string Describe(CheckInTally tally) => string.Join(" | ", new[] { tally.Start, tally.End }.Select(m =>
        $"{m.Answers}: " + string.Join(", ", m.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={string.Join('/', v.Value)}"))));

    private ICheckInTallyGrain Tally(TeamDetails team) => _grains.GetGrain<ICheckInTallyGrain>(team.Id);

    private async Task<(TeamDetails Team, Pupil Pupil)> PupilAsync(bool switchedOn = true, string nickname = "Lotte")
    {
        var challenge = await _grains.ChallengeAsync();
        if (switchedOn)
        {
            await _grains.GetGrain<ICheckInSettingsGrain>(challenge.Id).SetAsync(true);
        }

        var team = await _grains.TeamAsync(challenge.Id);
        return (team, await _grains.PupilAsync(team, nickname));
    }

    /// <summary>The stored bytes of every entity whose keys name the grain type and the key.</summary>
    private async Task<List<byte[]>> StoredAsync(Guid key, string grainType)
    {
        var found = new List<byte[]>();
        var tables = new TableServiceClient(fixture.StorageConnectionString);
        await foreach (var entity in tables.GetTableClient(Constants.GrainStateTable).QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken))
        {
            var keys = $"{entity.PartitionKey} {entity.RowKey}";
            if (keys.Contains(key.ToString("N"), StringComparison.OrdinalIgnoreCase) && keys.Contains(grainType, StringComparison.OrdinalIgnoreCase))
            {
                found.Add([.. entity.Keys.Where(k => k is not "PartitionKey" and not "RowKey").SelectMany(k => entity[k] switch
                {
                    byte[] b => b,
                    string s => Encoding.UTF8.GetBytes(s),
                    _ => [],
                })]);
            }
        }

        return found;
    }

    private static IEnumerable<Type> FieldTypes(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).SelectMany(p =>
    {
        var t = p.PropertyType;
        if (t.IsGenericType)
        {
            return t.GetGenericArguments().SelectMany(a => a.Namespace == typeof(CheckInTally).Namespace ? FieldTypes(a) : [a]);
        }

        return t.Namespace == typeof(CheckInTally).Namespace && !t.IsEnum ? FieldTypes(t) : [t];
    });
}
