using System.Reflection;
using System.Text.Json;
using ChallengeHub.Grains.Badges.Attributions;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Profiles;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Privacy;

public sealed class PupilDataTests(ClusterFixture fixture)
{
    /// <summary>Members that say who a pupil is or what they made; a state that holds one holds pupil data.</summary>
    private static readonly string[] PupilMembers = ["Nickname", "AuthorId", "UploadedBy", "PupilId", "Pupil", "OrderedById"];

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public void EveryGrainWhoseStateKeepsPupilDataIsAHolderAndListed()
    {
        var grainClasses = typeof(ITeamGrain).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(Grain).IsAssignableFrom(t));
        var keeping = grainClasses.Where(g => StateTypes(g).Any(KeepsPupilData)).ToArray();

        Assert.NotEmpty(keeping);
        Assert.All(keeping, grain => Assert.Contains(PupilDataHolders.Types.Concat(PupilDataHolders.Pointers.Keys), listed => listed.IsAssignableFrom(grain)));
        Assert.All(PupilDataHolders.Pointers.Values, holder => Assert.Contains(holder, PupilDataHolders.Types));
        Assert.All(PupilDataHolders.Types, listed => Assert.True(typeof(IPupilDataHolder).IsAssignableFrom(listed), listed.Name));
        Assert.Equal(PupilDataHolders.Types.Length, PupilDataHolders.For(_grains, Guid.NewGuid(), Guid.NewGuid()).Length);
    }

    [Fact]
    public async Task ErasingAPupilMakesTheirRecoveryCodeLeadNowhere()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var lotte = await _grains.PupilAsync(team, "Lotte", new(Wall: true, Showcase: true, Photos: true));
        var identity = await _grains.GetGrain<IBadgeAttributionsGrain>(team.Id).GetForPupilAsync(challenge.Id, lotte.Id);
        var locator = _grains.GetGrain<IRecoveryCodeLocatorGrain>(IRecoveryCodeLocatorGrain.KeyOf(identity.RecoveryCode));
        Assert.Equal(new PupilLocation(challenge.Id, team.Id, lotte.Id), await locator.GetAsync());

        foreach (var holder in PupilDataHolders.For(_grains, challenge.Id, team.Id))
        {
            await holder.ErasePupilAsync(team.Id, lotte.Id);
        }

        Assert.Null(await locator.GetAsync());
    }

    [Fact]
    public async Task ExportHoldsTheNicknameConsentAndStoriesAndEraseForgetsThemEverywhereButKeepsTheTeamsFacts()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var lotte = await _grains.PupilAsync(team, "Lotte", new(Wall: true, Showcase: true, Photos: true));
        var yasmine = await _grains.PupilAsync(team, "Yasmine", new(Wall: true, Showcase: false, Photos: false));
        var log = _grains.GetGrain<IMilestoneLogGrain>(team.Id);
        var hers = await log.LogAsync(challenge.Id, new("Motor getest", "Lotte vond de losse draad.", ["meten-testen"]), null, lotte.Id);
        var other = await log.LogAsync(challenge.Id, new("Schema getekend", "Yasmine tekende het schema.", ["meten-testen"]), null, yasmine.Id);
        await _grains.BadgeAsync(team, milestoneIds: [hers.Id]);
        var holders = PupilDataHolders.For(_grains, challenge.Id, team.Id);

        var export = await ExportAsync(holders, team.Id, lotte.Id);

        Assert.Contains("Lotte", export["team"], StringComparison.Ordinal);
        Assert.Contains("Lotte vond de losse draad.", export["milestones"], StringComparison.Ordinal);
        Assert.DoesNotContain("Yasmine", export["milestones"], StringComparison.Ordinal);
        Assert.Contains("Lotte", export["wall"], StringComparison.Ordinal);

        foreach (var holder in holders)
        {
            await holder.ErasePupilAsync(team.Id, lotte.Id);
        }

        var after = await ExportAsync(holders, team.Id, lotte.Id);
        Assert.All(after.Values, json => Assert.DoesNotContain("Lotte", json, StringComparison.Ordinal));
        Assert.Null(await _grains.GetGrain<ITeamGrain>(team.Id).GetPupilAsync(lotte.Id));
        var milestones = await log.ListAsync(challenge.Id);
        Assert.Equal(2, milestones.Length);
        var erased = milestones.Single(m => m.Id == hers.Id);
        Assert.Equal((string.Empty, string.Empty, null, true), (erased.Title, erased.Story, erased.AuthorId, erased.WordsWithheld));
        Assert.Equal(hers.CompetenceIds, erased.CompetenceIds);
        Assert.Equal((other.Story, other.AuthorId), (milestones.Single(m => m.Id == other.Id).Story, milestones.Single(m => m.Id == other.Id).AuthorId));
        var card = (await _grains.WallAsync(challenge.Id)).Teams.Single();
        Assert.Equal(["Yasmine"], card.Members);
        Assert.Equal(1, card.Pupils);
        Assert.DoesNotContain(card.RecentMilestones, m => m.Story?.Contains("Lotte", StringComparison.Ordinal) == true || m.Title == "Motor getest");
        Assert.True(card.Competences.Single(c => c.CompetenceId == "meten-testen").Level > 0, "The team's badge stays after the erase.");
    }

    [Fact]
    public async Task TheWallShowsANicknameOnlyWithConsentAndFollowsEveryChange()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var lotte = await _grains.PupilAsync(team, "Lotte");
        await _grains.GetGrain<IMilestoneLogGrain>(team.Id).LogAsync(challenge.Id, new("Motor getest", "Het werkt.", ["meten-testen"]), null, lotte.Id);

        var without = (await _grains.WallAsync(challenge.Id)).Teams.Single();
        await _grains.GetGrain<ITeamGrain>(team.Id).SetConsentAsync(lotte.Id, new(Wall: true, null, null), "Coach Peeters");
        var with = (await _grains.WallAsync(challenge.Id)).Teams.Single();
        await _grains.GetGrain<ITeamGrain>(team.Id).SetConsentAsync(lotte.Id, new(Wall: false, null, null), "Coach Peeters");
        var withdrawn = (await _grains.WallAsync(challenge.Id)).Teams.Single();

        Assert.Equal((0, 1, (string?)null), (without.Members!.Value.Length, without.Pupils, without.RecentMilestones.Single().Author));
        Assert.Equal((1, "Lotte"), (with.Members!.Value.Length, with.RecentMilestones.Single().Author));
        Assert.Equal((0, (string?)null), (withdrawn.Members!.Value.Length, withdrawn.RecentMilestones.Single().Author));
    }

    private static async Task<Dictionary<string, string>> ExportAsync(IEnumerable<IPupilDataHolder> holders, Guid teamId, Guid pupilId)
    {
        var sections = new Dictionary<string, string>();
        foreach (var holder in holders)
        {
            var records = await holder.ExportPupilAsync(teamId, pupilId);
            using var _ = JsonDocument.Parse(records.Json);
            sections[records.Holder] = records.Json;
        }

        return sections;
    }

    private static IEnumerable<Type> StateTypes(Type grain) =>
        grain.GetConstructors().SelectMany(c => c.GetParameters())
            .Where(p => p.GetCustomAttribute<PersistentStateAttribute>() is not null)
            .Select(p => p.ParameterType.GetGenericArguments().Single());

    private static bool KeepsPupilData(Type stateType) => KeepsPupilData(stateType, []);

    private static bool KeepsPupilData(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.Assembly != typeof(ITeamGrain).Assembly)
        {
            return type.IsGenericType && type.GetGenericArguments().Any(a => KeepsPupilData(a, seen));
        }

        return type.GetProperties().Any(p => PupilMembers.Contains(p.Name) || KeepsPupilData(p.PropertyType, seen));
    }
}
