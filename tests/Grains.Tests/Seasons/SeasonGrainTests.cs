using System.Text.Json;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Seasons;

namespace ChallengeHub.Grains.Tests.Seasons;

public sealed class SeasonGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task RoundsKeepTheirOrderAndVenuesGoByDate()
    {
        var challenge = await _grains.ChallengeAsync();
        var season = _grains.GetGrain<ISeasonGrain>(challenge.Id);

        var semiFinals = (await season.AddRoundAsync(new("Provinciale halve finales"))).Rounds.Single();
        await season.AddRoundAsync(new("Finale"));
        await season.AddVenueAsync(semiFinals.Id, new("Provinciehuis Gent", new DateOnly(2027, 4, 23), "Woodrow Wilsonplein 2, Gent"));
        var details = await season.AddVenueAsync(semiFinals.Id, new("PXL Hasselt", new DateOnly(2027, 4, 16), "Elfde-Liniestraat 24, Hasselt"));

        Assert.Equal(["Provinciale halve finales", "Finale"], details.Rounds.Select(r => r.Name));
        Assert.Equal(["PXL Hasselt", "Provinciehuis Gent"], details.Rounds[0].Venues.Select(v => v.Name));
        Assert.Equal(Json(details), Json(await _grains.GetGrain<ISeasonGrain>(challenge.Id).GetAsync()));
    }

    [Fact]
    public async Task TeamsGoToAVenueByHandOrBySchoolAndMoveWithinTheirRound()
    {
        var (challenge, season, semiFinals, _) = await SeasonAsync();
        var vonk = await _grains.TeamAsync(challenge.Id, "De Vonk", "VTI Brugge");
        await _grains.TeamAsync(challenge.Id, "Ampère", "VTI Brugge");
        var zon = await _grains.TeamAsync(challenge.Id, "Zonnekracht", "GO! Atheneum Gent");
        var (gent, hasselt) = (semiFinals.Venues[0], semiFinals.Venues[1]);

        await season.AssignTeamsAsync(gent.Id, new(null, " vti brugge "));
        await season.AssignTeamsAsync(hasselt.Id, new([zon.Id]));
        var details = await season.AssignTeamsAsync(hasselt.Id, new([vonk.Id]));

        Assert.Equal(["Ampère"], details.Rounds[0].Venues.Single(v => v.Id == gent.Id).Teams.Select(t => t.Name));
        Assert.Equal(["De Vonk", "Zonnekracht"], details.Rounds[0].Venues.Single(v => v.Id == hasselt.Id).Teams.Select(t => t.Name));
    }

    [Fact]
    public async Task TheFinalIsForTheTeamsTheOrganiserInvitedWithTheReasonAndWhoDecided()
    {
        var (challenge, season, semiFinals, final) = await SeasonAsync();
        var vonk = await _grains.TeamAsync(challenge.Id, "De Vonk");
        var zon = await _grains.TeamAsync(challenge.Id, "Zonnekracht");
        await season.AssignTeamsAsync(semiFinals.Venues[0].Id, new([vonk.Id, zon.Id]));

        var refused = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => season.AssignTeamsAsync(final.Venues[0].Id, new([vonk.Id])));
        var details = await season.InviteAsync(final.Id, new([vonk.Id, zon.Id], "Elk team met een werkend ontwerp"), "Organisator Claes");

        Assert.Equal("team-not-invited", refused.Code);
        var invitation = Assert.IsType<RoundInvitation>(details.Rounds[1].Invitation);
        Assert.Equal(("Elk team met een werkend ontwerp", "Organisator Claes"), (invitation.Reason, invitation.DecidedBy));
        Assert.Equal(["De Vonk", "Zonnekracht"], details.Rounds[1].Venues[0].Teams.Select(t => t.Name));
        Assert.Null((await season.GetPublicAsync()).Rounds[1].Invitation);
    }

    [Fact]
    public async Task ANewDecisionReplacesTheOldOneAndTeamsNoLongerInvitedLeaveTheRound()
    {
        var (challenge, season, _, final) = await SeasonAsync();
        var vonk = await _grains.TeamAsync(challenge.Id, "De Vonk");
        var zon = await _grains.TeamAsync(challenge.Id, "Zonnekracht");
        await season.InviteAsync(final.Id, new([vonk.Id, zon.Id], "Iedereen"), "Organisator Claes");

        var details = await season.InviteAsync(final.Id, new([zon.Id], "Eén team per school"), "Organisator Claes");

        Assert.Equal([zon.Id], details.Rounds[1].Invitation!.TeamIds);
        Assert.Equal(["Zonnekracht"], details.Rounds[1].Venues[0].Teams.Select(t => t.Name));
        var vonkSeason = await season.GetTeamSeasonAsync(vonk.Id);
        Assert.False(vonkSeason.Rounds[1].Invited);
        Assert.Null(vonkSeason.Rounds[1].InvitationReason);
    }

    [Fact]
    public async Task BadInputIsRefusedAndChangesNothing()
    {
        var (_, season, semiFinals, _) = await SeasonAsync();
        var before = await season.GetAsync();

        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => season.AddRoundAsync(new("  ")));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => season.AddVenueAsync(semiFinals.Id, new("Gent", null, "Plein 1")));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => season.AddVenueAsync(Guid.NewGuid(), new("Gent", new DateOnly(2027, 4, 1), "Plein 1")));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => season.AssignTeamsAsync(semiFinals.Venues[0].Id, new([Guid.NewGuid()])));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => season.AssignTeamsAsync(semiFinals.Venues[0].Id, new(null, "Onbekende school")));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => season.InviteAsync(semiFinals.Id, new([], "Iedereen"), "Organisator Claes"));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => season.InviteAsync(semiFinals.Id, new([], " "), "Organisator Claes"));

        Assert.Equal(Json(before), Json(await season.GetAsync()));
    }

    [Fact]
    public async Task ATeamsProfileSaysInWhichRoundEachLevelWasFirstShown()
    {
        var challenge = await _grains.ChallengeAsync();
        var season = _grains.GetGrain<ISeasonGrain>(challenge.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = (await season.AddRoundAsync(new("Halve finales"))).Rounds[0];
        await season.AddVenueAsync(first.Id, new("Provinciehuis Gent", today.AddDays(1), "Woodrow Wilsonplein 2, Gent"));
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.BadgeAsync(team, "meten-testen", 2);
        await _grains.BadgeAsync(team, "meten-testen", 2);

        var profile = await season.GetTeamSeasonAsync(team.Id);

        var level = Assert.Single(profile.Levels);
        Assert.Equal(("meten-testen", 2, "Halve finales"), (level.CompetenceId, level.Level, level.RoundName));
    }

    /// <summary>Immutable arrays compare by reference; their JSON compares what they hold.</summary>
    private static string Json(SeasonDetails season) => JsonSerializer.Serialize(season);

    private async Task<(ChallengeDetails Challenge, ISeasonGrain Season, SeasonRound SemiFinals, SeasonRound Final)> SeasonAsync()
    {
        var challenge = await _grains.ChallengeAsync();
        var season = _grains.GetGrain<ISeasonGrain>(challenge.Id);
        var rounds = (await season.AddRoundAsync(new("Halve finales"))).Rounds;
        rounds = (await season.AddRoundAsync(new("Finale"))).Rounds;
        await season.AddVenueAsync(rounds[0].Id, new("Provinciehuis Gent", new DateOnly(2027, 4, 23), "Woodrow Wilsonplein 2, Gent"));
        await season.AddVenueAsync(rounds[0].Id, new("PXL Hasselt", new DateOnly(2027, 4, 24), "Elfde-Liniestraat 24, Hasselt"));
        rounds = (await season.AddVenueAsync(rounds[1].Id, new("Technopolis Mechelen", new DateOnly(2027, 5, 20), "Technologielaan, Mechelen"))).Rounds;
        return (challenge, season, rounds[0], rounds[1]);
    }
}
