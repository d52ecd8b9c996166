using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Teams;

public sealed class TeamMembershipTests(ClusterFixture fixture)
{
    private const string Tablet = "tablet 1";

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ANewNicknameJoinsTheTeamAndSignsInLaterWithItsPin()
    {
        var team = await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);
        var teamGrain = _grains.GetGrain<ITeamGrain>(team.Id);

        var joined = await teamGrain.JoinAsync(new(team.JoinCode, "Lotte", "4321"), Tablet);
        var again = await teamGrain.JoinAsync(new(team.JoinCode, " lotte ", "4321"), Tablet);

        Assert.True(joined!.Joined);
        Assert.False(again!.Joined);
        Assert.Equal(joined.Pupil.Id, again.Pupil.Id);
        Assert.Equal((team.ChallengeId, "Lotte", PupilConsent.None), (joined.ChallengeId, joined.Pupil.Nickname, joined.Pupil.Consent));
        Assert.Equal(["Lotte"], (await teamGrain.ListPupilsAsync()).Select(p => p.Nickname));
    }

    [Theory]
    [InlineData("Lotte", "12")]
    [InlineData("Lotte", "12a4")]
    [InlineData("lotte@school.be", "1234")]
    [InlineData("", "1234")]
    public async Task NicknamesWithAnEmailAddressAndPinsThatAreNotFourToEightDigitsAreRefused(string nickname, string pin)
    {
        var team = await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);

        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.GetGrain<ITeamGrain>(team.Id).JoinAsync(new(team.JoinCode, nickname, pin), Tablet));

        Assert.Empty(await _grains.GetGrain<ITeamGrain>(team.Id).ListPupilsAsync());
    }

    [Fact]
    public async Task WrongPinsPauseANicknameOnTheirTabletAndTenFromAnywhereLockThePupilUntilTheCoachSetsANewPin()
    {
        var team = await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);
        var teamGrain = _grains.GetGrain<ITeamGrain>(team.Id);
        var pupil = await _grains.PupilAsync(team);

        for (var attempt = 1; attempt <= TeamGrain.FreeFailuresPerClient; attempt++)
        {
            await Refusal.ExpectAsync(DomainErrorKind.Unauthenticated, () => teamGrain.JoinAsync(new(team.JoinCode, "Lotte", "9999"), "tablet 1"));
        }

        await Refusal.ExpectAsync(DomainErrorKind.TooManyAttempts, () => teamGrain.JoinAsync(new(team.JoinCode, "Lotte", "1234"), "tablet 1"));
        Assert.Equal(pupil.Id, (await teamGrain.JoinAsync(new(team.JoinCode, "Lotte", "1234"), "tablet 2"))!.Pupil.Id);
        for (var attempt = 1; attempt <= TeamGrain.MaxFailedPins; attempt++)
        {
            await Refusal.ExpectAsync(DomainErrorKind.Unauthenticated, () => teamGrain.JoinAsync(new(team.JoinCode, "Lotte", "9999"), $"tablet {attempt + 2}"));
        }

        await Refusal.ExpectAsync(DomainErrorKind.TooManyAttempts, () => teamGrain.JoinAsync(new(team.JoinCode, "Lotte", "1234"), "tablet 2"));
        Assert.Equal(["Lotte"], (await teamGrain.GetAccessAsync()).Locks.Select(l => l.Nickname));
        Assert.False((await teamGrain.JoinAsync(new(team.JoinCode, "Yasmine", "5555"), "tablet 1"))!.Pupil.Id == pupil.Id);

        var reset = await teamGrain.ResetPinAsync(pupil.Id, new("2468"));

        Assert.Equal(pupil.SessionVersion + 1, reset.SessionVersion);
        Assert.Equal(pupil.Id, (await teamGrain.JoinAsync(new(team.JoinCode, "Lotte", "2468"), "tablet 1"))!.Pupil.Id);
        Assert.Empty((await teamGrain.GetAccessAsync()).Locks);
    }

    [Fact]
    public async Task ARosterNicknameJoinsWithTheConsentRecordedBeforeAndOthersWaitForTheCoach()
    {
        var team = await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);
        var teamGrain = _grains.GetGrain<ITeamGrain>(team.Id);
        var roster = await teamGrain.SetRosterAsync(new(["Noor", "Sem"], OpenPlaces: null, ApprovalRequired: null));
        await teamGrain.SetRosterConsentAsync(roster.Roster[0].Id, new(Wall: true, Showcase: false, Photos: true), "Coach Peeters");

        var noor = await teamGrain.JoinAsync(new(team.JoinCode, "noor", "1234"), Tablet);
        var stranger = await teamGrain.JoinAsync(new(team.JoinCode, "Zoë", "4321"), Tablet);

        Assert.True(roster.ApprovalRequired);
        Assert.Equal((true, false, true, "Coach Peeters"), (noor!.Pupil.Consent.Wall, noor.Pupil.Consent.Showcase, noor.Pupil.Consent.Photos, noor.Pupil.Consent.RecordedBy));
        Assert.Equal("Noor", noor.Pupil.Nickname);
        Assert.Null(stranger);
        var waiting = Assert.Single((await teamGrain.GetAccessAsync()).Pending);
        Assert.Equal("Zoë", waiting.Nickname);
        Assert.Null(await teamGrain.JoinAsync(new(team.JoinCode, "Zoë", "4321"), Tablet));

        var approved = await teamGrain.ApproveAsync(waiting.Id);

        Assert.Equal(approved.Id, (await teamGrain.JoinAsync(new(team.JoinCode, "Zoë", "4321"), Tablet))!.Pupil.Id);
        Assert.Equal(["Noor", "Zoë"], (await teamGrain.ListPupilsAsync()).Select(p => p.Nickname));
        Assert.Empty((await teamGrain.GetAccessAsync()).Pending);
    }

    [Theory]
    [InlineData("Lotte", "L0tte")]
    [InlineData("Lotte", "Lötte")]
    [InlineData("Marnix", "Mamix")]
    [InlineData("Ilias", "llias")]
    [InlineData("Noor", "Nооr")]
    [InlineData("Kato", "Κato")]
    public async Task ANicknameThatLooksLikeATeammatesIsRefused(string teammate, string lookAlike)
    {
        var team = await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);
        await _grains.PupilAsync(team, teammate);

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.GetGrain<ITeamGrain>(team.Id).JoinAsync(new(team.JoinCode, lookAlike, "5678"), Tablet));

        Assert.Single(await _grains.GetGrain<ITeamGrain>(team.Id).ListPupilsAsync());
    }

    [Fact]
    public async Task ConsentIsRecordedPerChannelWithWhenAndByWhom()
    {
        var team = await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);
        var pupil = await _grains.PupilAsync(team);

        var changed = await _grains.GetGrain<ITeamGrain>(team.Id).SetConsentAsync(pupil.Id, new(Wall: true, Showcase: null, Photos: false), "Coach Peeters");
        var stored = await _grains.GetGrain<ITeamGrain>(team.Id).GetPupilAsync(pupil.Id);

        Assert.Equal((true, false, false, "Coach Peeters"), (stored!.Consent.Wall, stored.Consent.Showcase, stored.Consent.Photos, stored.Consent.RecordedBy));
        Assert.NotNull(stored.Consent.RecordedAt);
        Assert.Equal(changed, stored);
    }

    [Fact]
    public async Task AJoinCodeFindsItsTeamAcrossAllChallenges()
    {
        var first = await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);
        var second = await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);

        Assert.NotEqual(first.JoinCode, second.JoinCode);
        Assert.Equal(first.Id, await _grains.GetGrain<IJoinCodeGrain>(first.JoinCode).GetAsync());
        Assert.Equal(second.Id, await _grains.GetGrain<IJoinCodeGrain>(second.JoinCode).GetAsync());
    }
}
