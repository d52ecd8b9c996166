using System.Text.RegularExpressions;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Challenges;

public sealed partial class TeamRegistrationTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task RegisteredTeamsGetUniqueSixCharacterJoinCodes()
    {
        var challenge = await _grains.ChallengeAsync();

        var teams = await Task.WhenAll(Enumerable.Range(1, 25).Select(i => _grains.TeamAsync(challenge.Id, $"Team {i}")));

        Assert.All(teams, team => Assert.Matches(JoinCode(), team.JoinCode));
        Assert.Equal(teams.Length, teams.Select(t => t.JoinCode).Distinct().Count());
        Assert.Equal(teams.Length, (await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync()).Length);
    }

    [Fact]
    public async Task RegisteredTeamKnowsItsChallengeAndJoinCode()
    {
        var challenge = await _grains.ChallengeAsync();

        var team = await _grains.TeamAsync(challenge.Id, "  De Vonk ", " Sint-Jozefsinstituut ");

        Assert.Equal(new TeamDetails(team.Id, challenge.Id, "De Vonk", "Sint-Jozefsinstituut", team.JoinCode), team);
        Assert.Equal(team, await _grains.GetGrain<ITeamGrain>(team.Id).GetAsync());
    }

    [Fact]
    public async Task TeamNameTakenAtAnotherSchoolIsAConflictWhateverItsCase()
    {
        var challenge = await _grains.ChallengeAsync();
        var first = await _grains.TeamAsync(challenge.Id, "De Vonk", "Sint-Jozefsinstituut");

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.TeamAsync(challenge.Id, "de vonk", "GO! Atheneum"));

        Assert.Equal([first], await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync());
    }

    [Fact]
    public async Task RegisteringTheSameNameAndSchoolAgainReturnsTheSameTeam()
    {
        var challenge = await _grains.ChallengeAsync();
        var first = await _grains.TeamAsync(challenge.Id, "De Vonk", "Sint-Jozefsinstituut");

        var again = await _grains.TeamAsync(challenge.Id, " de vonk", "SINT-JOZEFSINSTITUUT ");

        Assert.Equal(first, again);
        Assert.Equal([first], await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync());
    }

    [Fact]
    public async Task TeamsAreListedByNameInFlemishOrderWhateverTheRegistrationOrder()
    {
        var challenge = await _grains.ChallengeAsync();
        foreach (var name in new[] { "Zonnepanelen", "de Vonk", "bouwers", "Ährends" })
        {
            await _grains.TeamAsync(challenge.Id, name);
        }

        var teams = await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync();

        // nl-BE ignores case and sorts Ä with A: an ordinal sort would put "Zonnepanelen" first and "Ährends" last.
        Assert.Equal(["Ährends", "bouwers", "de Vonk", "Zonnepanelen"], teams.Select(t => t.Name));
    }

    [Fact]
    public async Task TeamWithoutNameOrSchoolIsRefusedAndStoresNothing()
    {
        var challenge = await _grains.ChallengeAsync();

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.TeamAsync(challenge.Id, " ", ""));

        Assert.Equal(["name", "school"], refusal.Errors.Keys.Order());
        Assert.Empty(await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync());
    }

    [Fact]
    public async Task UnknownChallengeHasNoTeamsToListOrRegister()
    {
        var unknown = _grains.GetGrain<IChallengeGrain>(Guid.NewGuid());

        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => unknown.GetTeamsAsync());
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => unknown.RegisterTeamAsync(new("De Vonk", "Sint-Jozefsinstituut"), null));
        Assert.Null(await unknown.GetAsync());
    }

    /// <summary>Six characters from an alphabet without look-alikes (no I, O, 0 or 1), so pupils can type them.</summary>
    [GeneratedRegex("^[A-HJ-NP-Z2-9]{6}$")]
    private static partial Regex JoinCode();
}
