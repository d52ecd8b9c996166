using System.Net.Http.Json;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>
/// Two challenges with two teams each, arranged through the API once for the matrix: in challenge 1 team A is coached by
/// coach 1 and team B by coach 2, each team has a pupil, and a juror, an employer and sector-fund staff are invited, and a
/// second juror for the venue team A goes to; challenge 2 belongs to another organiser.
/// </summary>
public sealed class AccessMatrixWorld : IAsyncLifetime
{
    private readonly SiloFixture _silo;

    public AccessMatrixWorld(SiloFixture silo) => _silo = silo;

    public Session Public { get; private set; } = null!;

    public Session Organiser { get; private set; } = null!;

    public Session Coach { get; private set; } = null!;

    public Session OtherCoach { get; private set; } = null!;

    public Session Pupil { get; private set; } = null!;

    public Session Juror { get; private set; } = null!;

    public Session Employer { get; private set; } = null!;

    /// <summary>A juror invited to the one venue of challenge 1, where team A goes (team B has no venue).</summary>
    public Session VenueJuror { get; private set; } = null!;

    public Session Funder { get; private set; } = null!;

    /// <summary>The organiser of challenge 2, which is foreign to everyone above.</summary>
    public HttpClient ForeignOrganiser { get; private set; } = null!;

    public ChallengeDetails Challenge { get; private set; } = null!;

    public ChallengeDetails ForeignChallenge { get; private set; } = null!;

    public TeamDetails TeamA { get; private set; } = null!;

    public TeamDetails TeamB { get; private set; } = null!;

    public TeamDetails TeamC { get; private set; } = null!;

    public TeamDetails TeamD { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var baseAddress = _silo.BaseAddress;
        Public = Session.Anonymous(baseAddress);

        // A second organiser has no route of its own (the first start creates one, invites create the other roles).
        var organiserName = $"Organisator {Guid.NewGuid():N}";
        await _silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(Guid.NewGuid())
            .CreateAsync(Role.Organiser, new Credentials(organiserName, Session.StaffPassphrase), null);
        Organiser = await Session.StaffAsync(baseAddress, organiserName);
        Challenge = await Organiser.Http.CreateChallengeAsync();

        Coach = await Session.RedeemAsync(baseAddress, await Organiser.Http.InviteAsync(Challenge.Id, "coach"), "coach");
        OtherCoach = await Session.RedeemAsync(baseAddress, await Organiser.Http.InviteAsync(Challenge.Id, "coach"), "coach");
        Juror = await Session.RedeemAsync(baseAddress, await Organiser.Http.InviteAsync(Challenge.Id, "juror"), "juror");
        Employer = await Session.RedeemAsync(baseAddress, await Organiser.Http.InviteAsync(Challenge.Id, "employer"), "employer");
        Funder = await Session.RedeemAsync(baseAddress, await Organiser.Http.InviteAsync(Challenge.Id, "funder"), "funder");
        TeamA = await Coach.Http.RegisterTeamAsync(Challenge.Id, "Team A");
        TeamB = await OtherCoach.Http.RegisterTeamAsync(Challenge.Id, "Team B");
        Pupil = await Session.PupilAsync(baseAddress, TeamA, "Pupil A");
        VenueJuror = await Session.RedeemAsync(baseAddress, await Organiser.Http.InviteAsync(Challenge.Id, "juror", await VenueOfTeamAAsync()), "juror");
        using var pupilB = await Session.PupilAsync(baseAddress, TeamB, "Pupil B");

        ForeignOrganiser = _silo.CreateClient();
        ForeignChallenge = await ForeignOrganiser.CreateChallengeAsync();
        TeamC = await ForeignOrganiser.RegisterTeamAsync(ForeignChallenge.Id, "Team C");
        TeamD = await ForeignOrganiser.RegisterTeamAsync(ForeignChallenge.Id, "Team D");
        using var pupilC = await Session.PupilAsync(baseAddress, TeamC, "Pupil C");
        using var pupilD = await Session.PupilAsync(baseAddress, TeamD, "Pupil D");

        // Data in the teams nobody of the matrix may touch, so that "unchanged" compares something.
        var competence = Challenge.Competences[0].Id;
        await pupilB.Http.LogMilestoneAsync(TeamB, "Voeding aangesloten", competence);
        await pupilC.Http.LogMilestoneAsync(TeamC, "Kabels getrokken", ForeignChallenge.Competences[0].Id);
        using var template = await ForeignOrganiser.PutAsJsonAsync($"/api/challenges/{ForeignChallenge.Id}/kit-template",
            new { items = new[] { new { partNumber = "M-1", description = "Motor", quantity = 2, unitValueCents = 500 } } }, ApiClient.Json);
        template.EnsureSuccessStatusCode();
        using var issued = await ForeignOrganiser.PostAsync($"/api/challenges/{ForeignChallenge.Id}/kits/issue", null);
        issued.EnsureSuccessStatusCode();
    }

    private async Task<Guid> VenueOfTeamAAsync()
    {
        var path = $"/api/challenges/{Challenge.Id}/season";
        using var round = await Organiser.Http.PostAsJsonAsync($"{path}/rounds", new { name = "Halve finales" }, ApiClient.Json);
        var roundId = (await round.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SeasonDetails>(ApiClient.Json))!.Rounds[0].Id;
        using var venue = await Organiser.Http.PostAsJsonAsync($"{path}/rounds/{roundId}/venues", new { name = "Gent", date = "2027-04-23", address = "Gent" }, ApiClient.Json);
        var venueId = (await venue.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SeasonDetails>(ApiClient.Json))!.Rounds[0].Venues[0].Id;
        using var assigned = await Organiser.Http.PutAsJsonAsync($"{path}/venues/{venueId}/teams", new { teamIds = new[] { TeamA.Id } }, ApiClient.Json);
        assigned.EnsureSuccessStatusCode();
        return venueId;
    }

    /// <summary>Everything the matrix must leave as it was: the other team of challenge 1, and all of challenge 2.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadUntouchableAsync()
    {
        var read = new Dictionary<string, string>();
        foreach (var (reader, challengeId, team) in new[] { (Organiser.Http, Challenge.Id, TeamB), (ForeignOrganiser, ForeignChallenge.Id, TeamC), (ForeignOrganiser, ForeignChallenge.Id, TeamD) })
        {
            foreach (var part in new[] { "milestones", "budget", "kit", "badges", "pupils", "runs", "access" })
            {
                var path = $"/api/challenges/{challengeId}/teams/{team.Id}/{part}";
                read[path] = await ReadAsync(reader, path);
            }
        }

        foreach (var part in new[] { string.Empty, "/teams", "/kit-template", "/shop/catalogue", "/wall", "/framework", "/closing" })
        {
            var path = $"/api/challenges/{ForeignChallenge.Id}{part}";
            read[path] = await ReadAsync(ForeignOrganiser, path);
        }

        return read;
    }

    /// <summary>A second session of the caller of <paramref name="session"/> (for the public, another browser), for a request that ends its session.</summary>
    public async Task<Session> SignInAgainAsync(Session session)
    {
        if (session == Public)
        {
            return Session.Anonymous(_silo.BaseAddress);
        }

        return session == Pupil
            ? await Session.PupilAsync(_silo.BaseAddress, TeamA, "Pupil A")
            : await Session.StaffAsync(_silo.BaseAddress, session.Info!.DisplayName!);
    }

    private static async Task<string> ReadAsync(HttpClient reader, string path)
    {
        using var response = await reader.GetAsync(path);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    public ValueTask DisposeAsync()
    {
        foreach (var session in new[] { Public, Organiser, Coach, OtherCoach, Pupil, Juror, VenueJuror, Employer, Funder })
        {
            session?.Dispose();
        }

        ForeignOrganiser?.Dispose();
        return ValueTask.CompletedTask;
    }
}
