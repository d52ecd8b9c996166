using System.Text.Json;
using Bogus;

namespace ChallengeHub.DemoData;

/// <summary>
/// One team's school days: the coach enters the roster, its pupils join on the tablet and the coach records their consent; then, milestone by milestone,
/// a pupil uploads a photo, orders from the shop (the coach approves), logs the milestone with them and, in an electro
/// challenge, times runs on the course; the juror recognises what the team showed.
/// </summary>
internal sealed class TeamSeeder(
    Uri baseAddress,
    Faker faker,
    DemoDataSeeder.ChallengeBody challenge,
    DemoDataSeeder.TeamBody team,
    ApiSession coach,
    ApiSession juror,
    DemoDataOptions options,
    bool electro,
    string[] skus)
{
    private const int MaxOrders = 3;

    private readonly string _path = $"/api/challenges/{challenge.Id}/teams/{team.Id}";
    private static readonly string[] CheckInQuestions = ["strengths", "future", "proud", "learn-more"];
    private static readonly int[] Scale = [1, 2, 3, 4];
    private static readonly float[] ScaleWeights = [0.1f, 0.3f, 0.4f, 0.2f];

    private readonly HashSet<string> _held = [];
    private int _photos;
    private int _orders;
    private int _runs;
    private int _badges;

    public async Task<DemoTeam> SeedAsync(CancellationToken cancellationToken)
    {
        var pupils = new List<ApiSession>();
        var nicknames = Nicknames();

        // The coach enters the class list first, as on the day: these nicknames join at once, any other waits for approval.
        await coach.SendAsync<JsonElement>(HttpMethod.Put, $"{_path}/roster", new { nicknames }, cancellationToken: cancellationToken);
        try
        {
            foreach (var nickname in nicknames)
            {
                var pupil = await ApiSession.PupilAsync(baseAddress, team.JoinCode, nickname, DemoDataSeeder.PupilPin, cancellationToken);
                pupils.Add(pupil);

                // Most pupils agree to be seen; the first of every team agreed to everything, so that each team has something to show.
                var consent = pupils.Count == 1
                    ? new { wall = true, showcase = true, photos = true }
                    : new { wall = faker.Random.Bool(0.8f), showcase = faker.Random.Bool(0.6f), photos = faker.Random.Bool(0.5f) };
                await coach.SendAsync<JsonElement>(HttpMethod.Put, $"{_path}/pupils/{pupil.AccountId}/consent", consent, cancellationToken: cancellationToken);

                // Everyone but the first answers the start check-in, so the demo's first nickname still sees it on the tablet.
                if (pupils.Count > 1)
                {
                    await pupil.SendAsync<JsonElement>(HttpMethod.Post, $"{_path}/check-in/start", CheckInAnswers(), cancellationToken: cancellationToken);
                }
            }

            var titles = faker.Random.Shuffle(electro ? DemoTexts.ElectroMilestones : DemoTexts.ConstructionMilestones).ToArray();
            for (var i = 0; i < options.MilestonesPerTeam; i++)
            {
                await LogMilestoneAsync(pupils[i % pupils.Count], nicknames[i % pupils.Count], titles[i % titles.Length], first: i == 0, cancellationToken);
            }
        }
        finally
        {
            pupils.ForEach(p => p.Dispose());
        }

        return new DemoTeam(team.Id, team.Name, team.School, team.JoinCode, nicknames, options.MilestonesPerTeam, _photos, _orders, _runs, _badges);
    }

    private List<string> Nicknames()
    {
        var nicknames = new List<string>();
        while (nicknames.Count < options.PupilsPerTeam)
        {
            var nickname = faker.Name.FirstName();
            nicknames.Add(nicknames.Contains(nickname) ? $"{nickname} {nicknames.Count + 1}" : nickname);
        }

        return nicknames;
    }

    /// <summary>A pupil's start check-in: consent, and each question answered 1-4 or (now and then) skipped.</summary>
    private object CheckInAnswers() => new
    {
        consent = true,
        answers = CheckInQuestions.Where(_ => faker.Random.Bool(0.9f)).ToDictionary(q => q, _ => faker.Random.WeightedRandom(Scale, ScaleWeights)),
    };

    private async Task LogMilestoneAsync(ApiSession pupil, string nickname, string title, bool first, CancellationToken cancellationToken)
    {
        // The first milestone shows a competence that needs nothing first, so that the juror can start recognising the team.
        var competences = first
            ? [faker.PickRandom(challenge.Competences.Where(c => c.Requires is null))]
            : faker.PickRandom(challenge.Competences, faker.Random.Int(1, 2)).ToArray();

        Guid[] photoIds = [];
        if (first || faker.Random.Bool(0.7f))
        {
            var image = PlaceholderPhoto.Draw(faker.Random, electro);
            var photo = await pupil.UploadAsync<IdBody>($"{_path}/evidence", image, "foto.png", cancellationToken);
            photoIds = [photo.Id];
            _photos++;
        }

        Guid[] orderIds = [];
        if (_orders < MaxOrders && faker.Random.Bool(0.35f))
        {
            var request = new { sku = faker.PickRandom(skus), quantity = faker.Random.Int(1, 3), note = faker.PickRandom(DemoTexts.OrderNotes) };
            var order = await pupil.SendAsync<IdBody>(HttpMethod.Post, $"{_path}/orders", request, faker.Random.Guid().ToString(), cancellationToken);
            await coach.SendAsync<JsonElement>(HttpMethod.Post, $"{_path}/orders/{order.Id}/approve", new { reason = "" }, cancellationToken: cancellationToken);
            orderIds = [order.Id];
            _orders++;
        }

        var milestone = await pupil.SendAsync<IdBody>(HttpMethod.Post, $"{_path}/milestones",
            new { title, story = faker.PickRandom(DemoTexts.Stories), competenceIds = competences.Select(c => c.Id), orderIds, photoIds },
            faker.Random.Guid().ToString(), cancellationToken);

        if (electro && faker.Random.Bool(0.5f))
        {
            await RecordRunsAsync(pupil, cancellationToken);
        }

        // As a juror would: a competence the team does not hold yet, and only once it holds the safety competence it requires.
        if ((first || faker.Random.Bool(0.6f))
            && competences.FirstOrDefault(c => !_held.Contains(c.Id) && (c.Requires is null || _held.Contains(c.Requires))) is { } shown)
        {
            var badge = new
            {
                competenceId = shown.Id,
                level = faker.Random.Int(1, 3),
                shown = faker.PickRandom(DemoTexts.Shown),
                nextStep = faker.PickRandom(DemoTexts.NextSteps),
                milestoneIds = new[] { milestone.Id },
            };
            await juror.SendAsync<JsonElement>(HttpMethod.Post, $"{_path}/badges", badge, faker.Random.Guid().ToString(), cancellationToken);
            _held.Add(shown.Id);
            _badges++;
        }
    }

    /// <summary>A few attempts on the course, mostly getting a little faster.</summary>
    private async Task RecordRunsAsync(ApiSession pupil, CancellationToken cancellationToken)
    {
        var durationMs = faker.Random.Int(25_000, 60_000);
        for (var attempts = faker.Random.Int(1, 3); attempts > 0; attempts--)
        {
            var run = new { durationMs, completed = faker.Random.Bool(0.8f), note = faker.PickRandom(DemoTexts.RunNotes) };
            await pupil.SendAsync<JsonElement>(HttpMethod.Post, $"{_path}/runs", run, faker.Random.Guid().ToString(), cancellationToken);
            durationMs = Math.Max(10_000, durationMs - faker.Random.Int(-2_000, 6_000));
            _runs++;
        }
    }

    private sealed record IdBody(Guid Id);
}
