using System.Collections.Immutable;
using System.Net.Http.Json;
using ChallengeHub.DemoData;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Runs;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Badges.Credentials;

namespace ChallengeHub.Silo.Tests.Tools;

/// <summary>
/// The run command's demo data comes from this seeder, which drives ChallengeHub through its public API only: what it
/// created is read back through the API, as any client would see it.
/// </summary>
public sealed class DemoDataSeederTests(SiloFixture silo)
{
    private static readonly DemoDataOptions Small = new() { Seed = 7, Challenges = 2, TeamsPerChallenge = 2, PupilsPerTeam = 2, MilestonesPerTeam = 3 };

    [Fact]
    public async Task TheSeederFillsAnElectroAndAConstructionChallengeWithPupilsConsentedPhotosOrdersRunsAndBadgesThatVerify()
    {
        var cancellationToken = TestContext.Current.CancellationToken;

        var seeded = await new DemoDataSeeder(silo.BaseAddress, silo.OrganiserToken, Small).SeedAsync(cancellationToken);

        using var organiser = silo.CreateClient();
        Assert.Equal(["electro", "construction"], seeded.Challenges.Select(c => c.Sector));
        var consentedPhotos = new List<(string Path, Guid PhotoId)>();
        var badgeIds = new List<Guid>();
        foreach (var demo in seeded.Challenges)
        {
            var challenge = await GetAsync<ChallengeDetails>(organiser, $"/api/challenges/{demo.Id}");
            Assert.Equal(ChallengeStatus.Running, challenge.Status);
            var teams = await GetAsync<ImmutableArray<TeamDetails>>(organiser, $"/api/challenges/{demo.Id}/teams");
            Assert.Equal(demo.Teams.Select(t => t.Name).Order(), teams.Select(t => t.Name).Order());
            var season = await GetAsync<SeasonDetails>(organiser, $"/api/challenges/{demo.Id}/season/plan");
            Assert.Equal([2, 1], season.Rounds.Select(r => r.Venues.Length));
            Assert.Equal(teams.Select(t => t.Id).Order(), season.Rounds[0].Venues.SelectMany(v => v.Teams).Select(t => t.Id).Order());
            Assert.Equal(teams.Select(t => t.Id).Order(), season.Rounds[1].Invitation!.TeamIds.Order());
            var board = await GetAsync<DeliberationBoard>(organiser, $"/api/challenges/{demo.Id}/season/venues/{season.Rounds[0].Venues[0].Id}/board");
            Assert.Empty(board.TeamsWithoutRecognition);
            Assert.NotNull(board.Publication);
            Assert.All(board.Teams, team => Assert.NotEmpty(team.Nominations));
            var impact = await GetAsync<System.Text.Json.JsonElement>(organiser, $"/api/challenges/{demo.Id}/impact");
            Assert.Equal(System.Text.Json.JsonValueKind.Object, impact.GetProperty("pupilsVoice").ValueKind);
            foreach (var team in teams)
            {
                var path = $"/api/challenges/{demo.Id}/teams/{team.Id}";
                var pupils = await GetAsync<ImmutableArray<Pupil>>(organiser, $"{path}/pupils");
                var milestones = await GetAsync<ImmutableArray<Milestone>>(organiser, $"{path}/milestones");
                var photos = await GetAsync<ImmutableArray<EvidencePhoto>>(organiser, $"{path}/evidence");
                var badges = await GetAsync<ImmutableArray<Badge>>(organiser, $"{path}/badges");
                var budget = await GetAsync<TeamBudget>(organiser, $"{path}/budget");
                var seededTeam = demo.Teams.Single(t => t.Id == team.Id);

                Assert.Equal(2, pupils.Length);
                Assert.All(pupils, p => Assert.NotNull(p.Consent.RecordedBy));
                Assert.Equal(3, milestones.Length);
                Assert.All(milestones, m => Assert.Contains(m.AuthorId, pupils.Select(p => (Guid?)p.Id)));
                Assert.Equal(seededTeam.Photos, photos.Length);
                Assert.Equal(seededTeam.Orders, budget.Orders.Count(o => o.Status == OrderStatus.Approved));
                Assert.Equal(seededTeam.Badges, badges.Length);
                Assert.NotEmpty(badges);
                var held = badges.Select(b => b.CompetenceId).ToHashSet();
                Assert.All(badges, badge => Assert.True(
                    challenge.Competences.Single(c => c.Id == badge.CompetenceId).Requires is not { } required || held.Contains(required),
                    $"{badge.CompetenceId} was awarded without its prerequisite."));
                var photographers = pupils.Where(p => p.Consent.Photos).Select(p => (Guid?)p.Id).ToHashSet();
                consentedPhotos.AddRange(milestones.SelectMany(m => m.PhotoIds ?? []).Where(id => photographers.Contains(photos.Single(p => p.Id == id).UploadedBy))
                    .Select(id => (path, id)));
                badgeIds.AddRange(badges.Select(b => b.Id));
                if (demo.Sector == "electro")
                {
                    Assert.NotEmpty((await GetAsync<Kit>(organiser, $"{path}/kit")).Items);
                    Assert.Equal(seededTeam.Runs, (await GetAsync<CourseRunOverview>(organiser, $"{path}/runs")).Runs.Length);
                }
            }
        }

        Assert.NotEmpty(consentedPhotos);
        using var photo = await organiser.GetAsync($"{consentedPhotos[0].Path}/evidence/{consentedPhotos[0].PhotoId}", cancellationToken);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.True(seeded.Challenges.SelectMany(c => c.Teams).Sum(t => t.Orders + t.Runs) > 0, "The demo placed no order and timed no run.");
        using var anonymous = silo.CreateAnonymousClient();
        var credential = await anonymous.GetStringAsync($"/badges/{badgeIds[0]}.json", cancellationToken);
        using var verify = await anonymous.PostAsJsonAsync("/api/badges/verify", new { credential }, ApiClient.Json, cancellationToken);
        Assert.True((await verify.Content.ReadFromJsonAsync<VerificationReport>(ApiClient.Json, cancellationToken))!.Valid);

        // The demo pupil's two recovery codes bring the badges of both first teams into one profile.
        using var profileResponse = await anonymous.PostAsJsonAsync("/api/profile", new { recoveryCodes = seeded.Profile!.Parts.Select(p => p.RecoveryCode) }, ApiClient.Json, cancellationToken);
        var profile = (await profileResponse.Content.ReadFromJsonAsync<ChallengeHub.Silo.Profiles.PupilProfile>(ApiClient.Json, cancellationToken))!;
        Assert.Equal(seeded.Challenges.Select(c => c.Teams[0].Name), profile.Challenges.Select(c => c.TeamName));
        Assert.Equal(seeded.Challenges.Sum(c => c.Teams[0].Badges), profile.Competences.Sum(c => c.Badges.Length));
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameDemoAndAnotherSeedAnotherOne()
    {
        var options = new DemoDataOptions { Seed = 11, Challenges = 1, TeamsPerChallenge = 2, PupilsPerTeam = 2, MilestonesPerTeam = 2 };

        var first = await FingerprintAsync(options);
        var again = await FingerprintAsync(options);
        var other = await FingerprintAsync(options with { Seed = 12 });

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    /// <summary>Everything a seed decides, read through the API: names, schools, nicknames, consent, milestones, photos, orders, runs and badges.</summary>
    private async Task<string> FingerprintAsync(DemoDataOptions options)
    {
        var seeded = await new DemoDataSeeder(silo.BaseAddress, silo.OrganiserToken, options).SeedAsync(TestContext.Current.CancellationToken);
        using var organiser = silo.CreateClient();
        var lines = new List<string>();
        foreach (var demo in seeded.Challenges)
        {
            var challenge = await GetAsync<ChallengeDetails>(organiser, $"/api/challenges/{demo.Id}");
            lines.Add($"{challenge.Title} {challenge.Sector}");
            foreach (var team in await GetAsync<ImmutableArray<TeamDetails>>(organiser, $"/api/challenges/{demo.Id}/teams"))
            {
                var path = $"/api/challenges/{demo.Id}/teams/{team.Id}";
                var pupils = await GetAsync<ImmutableArray<Pupil>>(organiser, $"{path}/pupils");
                var milestones = await GetAsync<ImmutableArray<Milestone>>(organiser, $"{path}/milestones");
                var badges = await GetAsync<ImmutableArray<Badge>>(organiser, $"{path}/badges");
                var budget = await GetAsync<TeamBudget>(organiser, $"{path}/budget");
                var runs = await GetAsync<CourseRunOverview>(organiser, $"{path}/runs");
                lines.Add($"{team.Name} · {team.School}");
                lines.AddRange(pupils.Select(p => $"  {p.Nickname} {p.Consent.Wall} {p.Consent.Showcase} {p.Consent.Photos}"));
                lines.AddRange(milestones.Reverse().Select(m => $"  {m.Title} · {m.Story} · {string.Join(',', m.CompetenceIds)} · {m.PhotoIds?.Length} photos · {m.OrderIds?.Length} orders"));
                lines.AddRange(budget.Orders.Select(o => $"  {o.Sku} × {o.Quantity} {o.Status}"));
                lines.AddRange(runs.Runs.Select(r => $"  {r.DurationMs} {r.Completed} {r.Note}"));
                lines.AddRange(badges.Reverse().Select(b => $"  {b.CompetenceId} {b.Level} {b.Feedback} {b.NextStep}"));
            }
        }

        return string.Join('\n', lines);
    }

    private static async Task<T> GetAsync<T>(HttpClient http, string path) =>
        (await http.GetFromJsonAsync<T>(path, ApiClient.Json, TestContext.Current.CancellationToken))!;
}
