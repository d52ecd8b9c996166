using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Badges.Language;

namespace ChallengeHub.Grains.Tests.Badges;

public sealed class LanguageGuardTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Theory]
    [InlineData("Goed gewerkt, zeker voor maar bso.", "maar bso")]
    [InlineData("Knap voor een lage richting!", "lage richting")]
    [InlineData("Ze waren niet slim genoeg om de fout te vinden.", "niet slim genoeg")]
    [InlineData("De eerste test is GEFAALD.", "gefaald")]
    [InlineData("Dit was de slechtste schakeling van de dag.", "slechtste")]
    [InlineData("Pour des élèves de filière faible, c'est bien.", "filière faible")]
    [InlineData("Ils ne sont pas assez intelligents pour le schéma.", "pas assez intelligents")]
    [InlineData("Le premier essai a ECHOUE.", "échoué")]
    [InlineData("C'était le pire câblage.", "le pire")]
    [InlineData("Good work for only vocational pupils.", "only vocational")]
    [InlineData("They are not smart enough for this yet.", "not smart enough")]
    [InlineData("The first test Failed.", "failed")]
    [InlineData("This was the worst wiring I saw today.", "worst")]
    public void FlagsListedPhrasesInEachLanguageRegardlessOfCaseAndAccents(string feedback, string phrase)
    {
        Assert.Equal([phrase], LanguageGuard.Find(feedback));
    }

    [Theory]
    [InlineData("bsoleerlingen bouwden een sterke schakeling")]
    [InlineData("Jullie maakten de bso-kast netjes en meetten alles na.")]
    [InlineData("Een hoge richtingaanwijzer op de wagen: slim gevonden.")]
    [InlineData("Les élèves ont construit un empire de câbles bien rangés.")]
    [InlineData("Un travail soigné, sans échouer une seule mesure.")]
    [InlineData("The team worked unfailingly and the wiring never faltered.")]
    [InlineData("They wore their worsted jumpers and measured everything.")]
    public void LeavesAppreciativeFeedbackThatOnlyResemblesAPhrase(string feedback)
    {
        Assert.Empty(LanguageGuard.Find(feedback));
    }

    [Fact]
    public void KeepsAPhraseListPerLanguage()
    {
        Assert.Equal(["en", "fr", "nl"], LanguageGuard.Lists.Keys.Order(StringComparer.Ordinal));
        Assert.All(LanguageGuard.Lists.Values, list => Assert.NotEmpty(list));
    }

    [Fact]
    public async Task FlaggedFeedbackIsRefusedWithThePhrasesPerFieldAndStoresNothing()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var profile = _grains.GetGrain<ICompetenceProfileGrain>(team.Id);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => profile.AwardAsync(challenge.Id,
            new("meten-testen", 2, null, [], Shown: "Knap, voor maar bso.", NextStep: "De slechtste meting opnieuw doen."), null));

        Assert.Equal(["maar bso"], refusal.Errors["shown"]);
        Assert.Equal(["slechtste"], refusal.Errors["nextStep"]);
        Assert.Contains("'maar bso'", refusal.Detail, StringComparison.Ordinal);
        Assert.Empty(await profile.ListAsync(challenge.Id));
    }

    [Fact]
    public async Task FlaggedFeedbackIsSavedAfterTheWarningWasSeenAndTheFlagIsRecorded()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var profile = _grains.GetGrain<ICompetenceProfileGrain>(team.Id);

        var badge = await profile.AwardAsync(challenge.Id, new("meten-testen", 2, null, [],
            Shown: "De eerste proef is gefaald, de tweede zat juist.", NextStep: "Meet ook de stroom.", AcknowledgeLanguageWarning: true), null);

        Assert.Equal(("De eerste proef is gefaald, de tweede zat juist.", "Meet ook de stroom."), (badge.Feedback, badge.NextStep));
        Assert.Equal(["gefaald"], badge.FlaggedPhrases!.Value);
        Assert.Equivalent(new[] { badge }, await profile.ListAsync(challenge.Id), strict: true);
    }

    [Fact]
    public async Task AppreciativeFeedbackInTheOlderSingleFieldIsSavedWithoutAFlag()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);

        var badge = await _grains.BadgeAsync(team);

        Assert.Equal("Jullie meten systematisch en noteren alles.", badge.Feedback);
        Assert.Null(badge.FlaggedPhrases);
        Assert.Null(badge.NextStep);
    }
}
