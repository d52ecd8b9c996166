using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Silo.Profiles;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Profiles;

/// <summary>A pupil's profile holds what they showed in every challenge whose recovery code they bring, and nothing they did not bring.</summary>
public sealed class ProfileApiTests(SiloFixture silo)
{
    [Fact]
    public async Task TwoRecoveryCodesBringBadgesFromTwoChallengesIntoOneProfileGroupedByCompetence()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var world = await ProfileWorld.CreateAsync(silo);
        using var anyone = silo.CreateClient();

        // The same code again, typed in lower case with a dash, counts once.
        var again = world.FirstCode.ToLowerInvariant().Insert(4, "-");
        using var response = await anyone.PostAsJsonAsync("/api/profile", new { recoveryCodes = new[] { world.FirstCode, world.SecondCode, again } }, ApiClient.Json, cancellationToken);
        var profile = await response.Content.ReadFromJsonAsync<PupilProfile>(ApiClient.Json, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([world.First.Id, world.Second.Id], profile!.Challenges.Select(c => c.TeamId));
        Assert.Equal(["Lotte", "Lotte V"], profile.Challenges.Select(c => c.Nickname));
        var competence = Assert.Single(profile.Competences);
        Assert.Equal("bedraden", competence.CompetenceId);
        Assert.Equal([world.FirstBadge.Id, world.SecondBadge.Id], competence.Badges.Select(b => b.BadgeId));
        var (first, second) = (competence.Badges[0], competence.Badges[1]);
        Assert.False(string.IsNullOrWhiteSpace(first.Descriptor?.Nl));
        Assert.Equal(ProfileWorld.NextStep, second.NextStep);
        Assert.Equal("Je legde je aansluitingen netjes en veilig.", second.Shown);
        var own = Assert.Single(first.Evidence, e => e.Own);
        Assert.Equal((world.OwnMilestone.Title, world.OwnMilestone.Story), (own.Title, own.Story));
        var teammates = Assert.Single(first.Evidence, e => !e.Own);
        Assert.Null(teammates.Story);
        Assert.DoesNotContain("Yasmine", teammates.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(profile.Competences.SelectMany(c => c.Badges), b => b.BadgeId == world.YasminesBadge.Id);
    }

    [Fact]
    public async Task OneCodeShowsOneChallengeOnlyBecauseNothingLinksChallengesUnlessThePupilDoes()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var world = await ProfileWorld.CreateAsync(silo);
        using var anyone = silo.CreateClient();

        using var response = await anyone.PostAsJsonAsync("/api/profile", new { recoveryCodes = new[] { world.SecondCode } }, ApiClient.Json, cancellationToken);
        var profile = await response.Content.ReadFromJsonAsync<PupilProfile>(ApiClient.Json, cancellationToken);

        Assert.Equal(world.Second.Id, Assert.Single(profile!.Challenges).TeamId);
        Assert.Equal(world.SecondBadge.Id, Assert.Single(Assert.Single(profile.Competences).Badges).BadgeId);
    }

    [Fact]
    public async Task AWrongRecoveryCodeIsRefusedInEveryLanguageAndNoCodeAtAllIsABadRequest()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var world = await ProfileWorld.CreateAsync(silo);
        using var anyone = silo.CreateClient();
        var wrong = new string(world.FirstCode.Reverse().ToArray());

        using var mistyped = await anyone.PostAsJsonAsync("/api/profile", new { recoveryCodes = new[] { world.SecondCode, wrong } }, ApiClient.Json, cancellationToken);
        using var none = await anyone.PostAsJsonAsync("/api/profile", new { recoveryCodes = Array.Empty<string>() }, ApiClient.Json, cancellationToken);

        var problem = await mistyped.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.EndsWith("/problems/recovery-code-unknown", problem.Type, StringComparison.Ordinal);
        await none.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnErasedPupilsCodeNoLongerOpensAnythingAndTheirOtherChallengeStays()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var world = await ProfileWorld.CreateAsync(silo);
        using var organiser = silo.CreateClient();
        var pupils = await organiser.GetFromJsonAsync<ChallengeHub.Grains.Teams.Pupil[]>($"/api/challenges/{world.First.ChallengeId}/teams/{world.First.Id}/pupils", ApiClient.Json, cancellationToken);
        var lotte = pupils!.Single(p => p.Nickname == "Lotte");

        using var erase = await organiser.DeleteAsync($"/api/challenges/{world.First.ChallengeId}/teams/{world.First.Id}/pupils/{lotte.Id}", cancellationToken);
        using var erased = await organiser.PostAsJsonAsync("/api/profile", new { recoveryCodes = new[] { world.FirstCode } }, ApiClient.Json, cancellationToken);
        using var other = await organiser.PostAsJsonAsync("/api/profile", new { recoveryCodes = new[] { world.SecondCode } }, ApiClient.Json, cancellationToken);

        Assert.True(erase.IsSuccessStatusCode);
        await erased.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
