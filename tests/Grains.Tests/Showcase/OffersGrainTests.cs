using ChallengeHub.Grains.Offers;

namespace ChallengeHub.Grains.Tests.Showcase;

public sealed class OffersGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AnEmployersOfferReachesTheTeamAndTheCoachsAnswerReachesTheEmployerOnce()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id, "De Vonk", "VTI Brugge");
        var other = await _grains.TeamAsync(challenge.Id, "Spanningsveld");
        var offers = _grains.GetGrain<IOffersGrain>(challenge.Id);
        var employer = new OfferMaker(Guid.NewGuid(), "Elektro Vandamme");

        var offer = await offers.MakeAsync(team.Id, new(OfferKind.Visit, "Kom eens kijken in ons atelier."), employer);
        await offers.MakeAsync(other.Id, new(OfferKind.JobShadowDay, "Een dag meelopen met een technieker."), new(Guid.NewGuid(), "Bouw Peeters"));
        var toTeam = await offers.ListForTeamAsync(team.Id);
        var answered = await offers.AnswerAsync(team.Id, offer.Id, new(true, "Graag, in mei?"), "Coach Peeters");
        var seenByEmployer = await offers.ListByEmployerAsync(employer.Id);

        Assert.Equal([offer], toTeam);
        Assert.Equal(("De Vonk", "VTI Brugge"), (offer.TeamName, offer.School));
        Assert.Equal((true, "Graag, in mei?", "Coach Peeters"), (answered.Answer!.Accepted, answered.Answer.Message, answered.Answer.AnsweredBy));
        Assert.Equal([answered], seenByEmployer);
        Assert.Equal(2, (await offers.ListByEmployerAsync(null)).Length);
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => offers.AnswerAsync(team.Id, offer.Id, new(false, "Toch niet"), "Coach Peeters"));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => offers.AnswerAsync(other.Id, offer.Id, new(false, "Niet ons team"), "Coach Janssens"));
    }

    [Fact]
    public async Task AnOfferNeedsAKindAndAMessageAndATeamOfTheChallenge()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var foreign = await _grains.TeamAsync((await _grains.ChallengeAsync()).Id);
        var offers = _grains.GetGrain<IOffersGrain>(challenge.Id);
        var employer = new OfferMaker(Guid.NewGuid(), "Elektro Vandamme");

        var invalid = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => offers.MakeAsync(team.Id, new(null, " "), employer));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => offers.MakeAsync(foreign.Id, new(OfferKind.Internship, "Stage"), employer));

        Assert.Equal(["kind", "message"], invalid.Errors.Keys.Order());
        Assert.Empty(await offers.ListForTeamAsync(team.Id));
    }
}
