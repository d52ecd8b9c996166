using System.Net.Http.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Badges.Attributions;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Profiles;

/// <summary>
/// A pupil, Lotte, who took part in two challenges in two teams: in the first she logged a milestone and her teammate Yasmine
/// another, both behind a badge in Lotte's name, and a second badge went to Yasmine only; in the second, one badge in her name.
/// </summary>
public sealed record ProfileWorld(
    TeamDetails First,
    TeamDetails Second,
    string FirstCode,
    string SecondCode,
    Milestone OwnMilestone,
    Milestone TeammatesMilestone,
    Badge FirstBadge,
    Badge YasminesBadge,
    Badge SecondBadge)
{
    public const string NextStep = "Probeer volgende keer zelf een schema te tekenen.";

    public static async Task<ProfileWorld> CreateAsync(SiloFixture silo)
    {
        using var organiser = silo.CreateClient();
        var first = await organiser.RegisterTeamAsync((await organiser.CreateChallengeAsync()).Id, "De Stroomlijners");
        var second = await organiser.RegisterTeamAsync((await organiser.CreateChallengeAsync()).Id, "De Vonk", "GO! Technisch Atheneum Gent");
        using var lotte = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, first, "Lotte");
        using var yasmine = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, first, "Yasmine");
        using var lotteLater = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, second, "Lotte V");
        var own = await lotte.LogMilestoneAsync(first, "Onze eerste schakeling werkt", "bedraden");
        var teammates = await yasmine.LogMilestoneAsync(first, "Yasmine soldeerde de print", "bedraden");
        var firstBadge = await organiser.AwardBadgeAsync(first, "bedraden", 2, own.Id, teammates.Id);
        var yasminesBadge = await organiser.AwardBadgeAsync(first, "bedraden", 3);
        using var award = await organiser.PostAsJsonAsync($"/api/challenges/{second.ChallengeId}/teams/{second.Id}/badges",
            new { competenceId = "bedraden", level = 3, shown = "Je legde je aansluitingen netjes en veilig.", nextStep = NextStep }, ApiClient.Json);
        award.EnsureSuccessStatusCode();
        var secondBadge = (await award.Content.ReadFromJsonAsync<Badge>(ApiClient.Json))!;
        var (lotteId, yasmineId, lotteLaterId) = (await PupilIdAsync(organiser, first, "Lotte"), await PupilIdAsync(organiser, first, "Yasmine"), await PupilIdAsync(organiser, second, "Lotte V"));
        await AttributeAsync(organiser, first, firstBadge, lotteId);
        await AttributeAsync(organiser, first, yasminesBadge, yasmineId);
        await AttributeAsync(organiser, second, secondBadge, lotteLaterId);
        return new ProfileWorld(first, second, await CodeAsync(lotte, first), await CodeAsync(lotteLater, second), own, teammates, firstBadge, yasminesBadge, secondBadge);
    }

    private static async Task<Guid> PupilIdAsync(HttpClient http, TeamDetails team, string nickname) =>
        (await http.GetFromJsonAsync<Pupil[]>($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/pupils", ApiClient.Json))!.Single(p => p.Nickname == nickname).Id;

    private static async Task AttributeAsync(HttpClient http, TeamDetails team, Badge badge, Guid pupilId)
    {
        using var response = await http.PutAsJsonAsync($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/badges/{badge.Id}/pupils", new { pupilIds = new[] { pupilId } }, ApiClient.Json);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<string> CodeAsync(HttpClient pupil, TeamDetails team) =>
        (await pupil.GetFromJsonAsync<PupilBadgeIdentity>($"/api/challenges/{team.ChallengeId}/teams/{team.Id}/badges/identity", ApiClient.Json))!.RecoveryCode;
}
