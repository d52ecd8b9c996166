using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Recognitions;

public sealed class DeliberationBoardTests(ClusterFixture fixture)
{
    private static readonly Juror Janssens = new(Guid.NewGuid(), "Jurylid Janssens");
    private static readonly Juror Peeters = new(Guid.NewGuid(), "Jurylid Peeters");

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task TheBoardShowsEveryTeamOfTheVenueByNameWithItsNominations()
    {
        var (challenge, venue, teams) = await VenueAsync("Zonnekracht", "Ampère", "De Vonk");
        var board = _grains.GetGrain<IDeliberationBoardGrain>(venue.Id);

        var shown = await board.NominateAsync(challenge.Id, new(teams[0].Id, "creativiteit", "Een zonnevolger uit fietsonderdelen"), Janssens);

        Assert.Equal(["Ampère", "De Vonk", "Zonnekracht"], shown.Teams.Select(t => t.Name));
        var nomination = Assert.Single(shown.Teams.Single(t => t.TeamId == teams[0].Id).Nominations);
        Assert.Equal(("creativiteit", "Jurylid Janssens"), (nomination.CategoryId, nomination.NominatedBy.Name));
        Assert.Equal(["Ampère", "De Vonk", "Zonnekracht"], shown.TeamsWithoutRecognition.Select(t => t.Name));
    }

    [Fact]
    public async Task TheJuryAgreesTogetherATeamMayHoldSeveralAndACategoryMayGoToSeveralTeams()
    {
        var (challenge, venue, teams) = await VenueAsync("Ampère", "De Vonk");
        var board = _grains.GetGrain<IDeliberationBoardGrain>(venue.Id);

        await board.RecogniseAsync(challenge.Id, new(teams[0].Id, "creativiteit", "Eigen ontwerp van de behuizing", "Jullie durfden te kiezen."), Janssens);
        await board.RecogniseAsync(challenge.Id, new(teams[0].Id, "creativiteit", "Eigen ontwerp van de behuizing"), Peeters);
        await board.RecogniseAsync(challenge.Id, new(teams[0].Id, "samenwerking", "Iedereen had een rol"), Peeters);
        var shown = await board.RecogniseAsync(challenge.Id, new(teams[1].Id, "creativiteit", "Een verrassende aandrijving"), Janssens);

        var ampere = shown.Teams.Single(t => t.TeamId == teams[0].Id);
        Assert.Equal(["creativiteit", "samenwerking"], ampere.Recognitions.Select(r => r.Category.Id));
        Assert.Equal(["Jurylid Janssens", "Jurylid Peeters"], ampere.Recognitions[0].AgreedBy.Select(j => j.Name));
        Assert.Equal("Jullie durfden te kiezen.", ampere.Recognitions[0].Words);
        Assert.Single(shown.Teams.Single(t => t.TeamId == teams[1].Id).Recognitions);
        Assert.Empty(shown.TeamsWithoutRecognition);
    }

    [Fact]
    public async Task RecognitionsArePublishedOnlyWhenEveryTeamHasOneOrWithAnOverrideAndAReason()
    {
        var (challenge, venue, teams) = await VenueAsync("Ampère", "De Vonk");
        var board = _grains.GetGrain<IDeliberationBoardGrain>(venue.Id);
        await board.RecogniseAsync(challenge.Id, new(teams[0].Id, "proces", "Elke stap gedocumenteerd"), Janssens);

        var refused = await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => board.PublishAsync(challenge.Id, new(null, null), "Organisator Claes"));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => board.PublishAsync(challenge.Id, new(true, " "), "Organisator Claes"));
        Assert.Null((await board.GetAsync(challenge.Id)).Publication);
        var published = await board.PublishAsync(challenge.Id, new(true, "De Vonk kon niet komen; de jury bezoekt hen op school."), "Organisator Claes");

        Assert.Equal("teams-without-recognition", refused.Code);
        Assert.Contains("De Vonk", refused.Detail, StringComparison.Ordinal);
        Assert.True(published.Publication!.Override);
        Assert.Equal(["De Vonk"], published.Publication.TeamsWithoutRecognition.Select(t => t.Name));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => board.RecogniseAsync(challenge.Id, new(teams[1].Id, "proces", "Te laat"), Janssens));
    }

    [Fact]
    public async Task OnlyTeamsOfTheVenueAndCategoriesOfTheChallengeCanBeRecognised()
    {
        var (challenge, venue, teams) = await VenueAsync("Ampère");
        var elsewhere = await _grains.TeamAsync(challenge.Id, "Elders");
        var board = _grains.GetGrain<IDeliberationBoardGrain>(venue.Id);

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => board.NominateAsync(challenge.Id, new(elsewhere.Id, "proces", "Goed"), Janssens));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => board.NominateAsync(challenge.Id, new(teams[0].Id, "snelste", "Goed"), Janssens));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => _grains.GetGrain<IDeliberationBoardGrain>(Guid.NewGuid()).GetAsync(challenge.Id));

        Assert.Empty((await board.GetAsync(challenge.Id)).Teams.Single().Nominations);
    }

    [Fact]
    public async Task CategoriesComeFromTheSectorsTemplateAndTheOrganiserCanEditThem()
    {
        var construction = await _grains.ChallengeAsync("construction");
        var categories = _grains.GetGrain<IRecognitionCategoriesGrain>(construction.Id);

        var template = await categories.GetAsync();
        var edited = await categories.SetAsync(new([new(null, "Vakmanschap", "Craftsmanship", "Savoir-faire"), new(null, "Zorg voor de buurt", "Care for the neighbourhood", null)]));

        Assert.Equal(["originaliteit", "creativiteit", "innovatie", "duurzaamheid", "vakmanschap"], template.Select(c => c.Id));
        Assert.Equal(["vakmanschap", "zorg-voor-de-buurt"], edited.Select(c => c.Id));
        Assert.Equal(["vakmanschap", "zorg-voor-de-buurt"], (await categories.GetAsync()).Select(c => c.Id));
        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => categories.SetAsync(new([])));
    }

    [Fact]
    public async Task AReasonOrJuryWordsThatCouldStigmatiseAreRefusedAndChangeNothing()
    {
        var (challenge, venue, teams) = await VenueAsync("De Vonk");
        var board = _grains.GetGrain<IDeliberationBoardGrain>(venue.Id);

        var words = await Assert.ThrowsAsync<DomainException>(() =>
            board.RecogniseAsync(challenge.Id, new(teams[0].Id, "proces", "Een logboek vol stappen", "Voor een lagere richting knap gedaan."), Janssens));
        var reason = await Assert.ThrowsAsync<DomainException>(() =>
            board.NominateAsync(challenge.Id, new(teams[0].Id, "proces", "Niet slecht voor zwakke leerlingen"), Peeters));

        Assert.Equal(["recognition-wording", "recognition-wording"], [words.Code, reason.Code]);
        Assert.Equal(["lagere richting"], words.Errors["words"]);
        Assert.Equal(["zwakke leerlingen"], reason.Errors["reason"]);
        var shown = await board.GetAsync(challenge.Id);
        Assert.Empty(shown.Teams[0].Nominations);
        Assert.Empty(shown.Teams[0].Recognitions);
    }

    private async Task<(ChallengeDetails Challenge, SeasonVenue Venue, TeamDetails[] Teams)> VenueAsync(params string[] names)
    {
        var challenge = await _grains.ChallengeAsync();
        var teams = new List<TeamDetails>();
        foreach (var name in names)
        {
            teams.Add(await _grains.TeamAsync(challenge.Id, name));
        }

        var season = _grains.GetGrain<ISeasonGrain>(challenge.Id);
        var round = (await season.AddRoundAsync(new("Halve finales"))).Rounds[0];
        var venue = (await season.AddVenueAsync(round.Id, new("Provinciehuis Gent", new DateOnly(2027, 4, 23), "Gent"))).Rounds[0].Venues[0];
        await season.AssignTeamsAsync(venue.Id, new([.. teams.Select(t => t.Id)]));
        return (challenge, venue, [.. teams]);
    }
}
