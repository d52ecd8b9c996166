using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Voice;

public sealed class CheckInApiTests(SiloFixture silo)
{
    [Fact]
    public async Task PupilsAnswerAtTheStartAndTheEndOnceEachAndTheReportShowsTheChangeWithoutAnyTeam()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var (challengeId, teams, pupils) = await AnsweredSeasonAsync(silo, http);
        try
        {
            using var again = await AnswerAsync(pupils[0].Client, challengeId, pupils[0].Team, "end", new { consent = true, answers = new { strengths = 4 } });
            var json = await http.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/impact", cancellationToken);
            using var csv = await http.GetAsync($"/api/challenges/{challengeId}/impact/csv", cancellationToken);

            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("/problems/check-in-answered", (await again.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("type").GetString());
            var voice = json.GetProperty("pupilsVoice");
            Assert.Equal(12, voice.GetProperty("startAnswers").GetProperty("value").GetDouble());
            Assert.Equal(12, voice.GetProperty("endAnswers").GetProperty("value").GetDouble());
            var strengths = voice.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("questionId").GetString() == "strengths");
            Assert.Equal((25.0, 75.0, 50.0), (strengths.GetProperty("startAgreeing").GetProperty("value").GetDouble(),
                strengths.GetProperty("endAgreeing").GetProperty("value").GetDouble(), strengths.GetProperty("changePoints").GetProperty("value").GetDouble()));
            Assert.Empty(MeritFields.In(json));
            var text = json.GetRawText();
            Assert.DoesNotContain(teams.SelectMany(t => new[] { t.Id.ToString(), t.Name, t.JoinCode }), text.Contains);
            Assert.Contains("Pupils' own voice (anonymous check-in);I know what I am good at in this track;change (percentage points);50",
                await csv.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var (client, _) in pupils)
            {
                client.Dispose();
            }
        }
    }

    [Fact]
    public async Task TheCheckInIsRefusedUntilTheOrganiserSwitchesItOnAndAfterTheCoachSwitchesItOffForTheTeam()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Schakelaars");
        using var pupil = await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, "Lotte");
        var answer = new { consent = true, answers = new { proud = 3 } };

        using var whileOff = await AnswerAsync(pupil, challenge.Id, team, "start", answer);
        using var unclear = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/check-in", new { on = (bool?)null }, ApiClient.Json, cancellationToken);
        using var switchedOn = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/check-in", new { on = true }, ApiClient.Json, cancellationToken);
        using var pupilSwitching = await pupil.PutAsJsonAsync($"/api/challenges/{challenge.Id}/check-in", new { on = false }, ApiClient.Json, cancellationToken);
        using var badMoment = await AnswerAsync(pupil, challenge.Id, team, "halfway", answer);
        var mine = await pupil.GetFromJsonAsync<JsonElement>($"/api/challenges/{challenge.Id}/teams/{team.Id}/check-in/mine", cancellationToken);
        using var coachOff = await http.PutAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/check-in", new { on = false }, ApiClient.Json, cancellationToken);
        using var whileTeamOff = await AnswerAsync(pupil, challenge.Id, team, "start", answer);

        Assert.Equal(HttpStatusCode.Conflict, whileOff.StatusCode);
        Assert.Equal("/problems/check-in-off", (await whileOff.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unclear.StatusCode);
        Assert.Equal(HttpStatusCode.OK, switchedOn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pupilSwitching.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badMoment.StatusCode);
        Assert.Equal("start", mine.GetProperty("due").GetString());
        Assert.Equal(4, mine.GetProperty("questions").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, coachOff.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, whileTeamOff.StatusCode);
        Assert.Equal("/problems/check-in-off", (await whileTeamOff.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("type").GetString());
    }

    /// <summary>
    /// A challenge with the check-in on and four teams of three pupils who each answered at the start (per team one of four
    /// agreeing that they know their strengths) and, after the showcase began, at the end (three of four).
    /// </summary>
    internal static async Task<(Guid ChallengeId, List<TeamDetails> Teams, List<(HttpClient Client, TeamDetails Team)> Pupils)> AnsweredSeasonAsync(SiloFixture silo, HttpClient http)
    {
        var challengeId = (await http.CreateChallengeAsync()).Id;
        using (var on = await http.PutAsJsonAsync($"/api/challenges/{challengeId}/check-in", new { on = true }, ApiClient.Json))
        {
            on.EnsureSuccessStatusCode();
        }

        var teams = new List<TeamDetails>();
        var pupils = new List<(HttpClient, TeamDetails)>();
        foreach (var (name, school) in new[] { ("Ampère", "VTI Brugge"), ("De Vonk", "VTI Brugge"), ("Volt", "GO! Atheneum Gent"), ("Zonnekracht", "GO! Atheneum Gent") })
        {
            var team = await http.RegisterTeamAsync(challengeId, name, school);
            teams.Add(team);
            foreach (var nickname in new[] { "Lotte", "Yassin", "Noor" })
            {
                pupils.Add((await ApiClient.JoinAsPupilAsync(silo.BaseAddress, team, nickname), team));
            }
        }

        // 12 answers: strengths 1,2,2,3 repeated at the start (25 % agreeing), 2,3,3,4 at the end (75 %).
        int[] start = [1, 2, 2, 3], end = [2, 3, 3, 4];
        for (var i = 0; i < pupils.Count; i++)
        {
            using var answered = await AnswerAsync(pupils[i].Item1, challengeId, pupils[i].Item2, "start", new { consent = true, answers = new { strengths = start[i % 4], proud = 3 } });
            answered.EnsureSuccessStatusCode();
        }

        await http.AdvanceAsync(challengeId, "showcase");
        for (var i = 0; i < pupils.Count; i++)
        {
            using var answered = await AnswerAsync(pupils[i].Item1, challengeId, pupils[i].Item2, "end", new { consent = true, answers = new { strengths = end[i % 4], proud = 4 } });
            answered.EnsureSuccessStatusCode();
        }

        return (challengeId, teams, pupils);
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient pupil, Guid challengeId, TeamDetails team, string moment, object body) =>
        pupil.PostAsJsonAsync($"/api/challenges/{challengeId}/teams/{team.Id}/check-in/{moment}", body, ApiClient.Json);
}
