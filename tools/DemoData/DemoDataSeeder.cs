using System.Text.Json;
using Bogus;

namespace ChallengeHub.DemoData;

/// <summary>
/// Fills a running ChallengeHub with realistic challenges through its public HTTP API only, as the people using it would:
/// the organiser sets up electro and construction challenges (schedule, shop, budget, kit) and invites the demo coach,
/// juror and employer; the coach registers teams from Flemish schools and records the pupils' consent; pupils join on the
/// tablet with the join code, a nickname and a PIN, upload placeholder photos, log milestones with them, order from the shop
/// (the coach approves) and time runs on the course; the juror awards badges, a competence only once the team holds the
/// safety competence it requires; the organiser plans the season: semi-finals at two venues and a final every team is
/// invited to. The same seed and sizes give the same demo.
/// </summary>
public sealed class DemoDataSeeder(Uri baseAddress, string organiserToken, DemoDataOptions options)
{
    /// <summary>Every demo staff account signs in with this passphrase; demo pupils with <see cref="PupilPin"/>.</summary>
    public const string Passphrase = "challengehub demo";

    public const string PupilPin = "2026";

    /// <summary>The organiser the Silo creates for its own demo data.</summary>
    public const string OrganiserName = "Demo Organisator";

    /// <summary>The demo coach, who registers the teams and approves their orders.</summary>
    public const string CoachName = "Demo Coach";

    private static readonly (string Role, string Name)[] StaffAccounts = [("coach", CoachName), ("juror", "Demo Jurylid"), ("employer", "Demo Werkgever")];

    private const long TeamBudgetCents = 25_000;

    /// <summary>Signs in as a staff account and returns its bearer token.</summary>
    public static async Task<string> SignInAsync(Uri baseAddress, string displayName, string passphrase, CancellationToken cancellationToken)
    {
        using var anonymous = ApiSession.Anonymous(baseAddress);
        return await anonymous.TryIssueTokenAsync(displayName, passphrase, cancellationToken)
            ?? throw new InvalidOperationException($"ChallengeHub at {baseAddress} does not know '{displayName}' with that passphrase.");
    }

    /// <summary>Creates the first organiser with the one-time setup code the Silo printed, and returns its bearer token.</summary>
    public static async Task<string> CompleteSetupAsync(Uri baseAddress, string setupCode, string displayName, string passphrase, CancellationToken cancellationToken)
    {
        using var anonymous = ApiSession.Anonymous(baseAddress);
        await anonymous.SendAsync<JsonElement>(HttpMethod.Post, "/api/setup", new { code = setupCode, displayName, passphrase }, cancellationToken: cancellationToken);
        return await SignInAsync(baseAddress, displayName, passphrase, cancellationToken);
    }

    public async Task<DemoData> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (options.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var faker = new Faker("nl_BE") { Random = new Randomizer(options.Seed) };
        using var organiser = ApiSession.Staff(baseAddress, organiserToken);
        var tokens = new Dictionary<string, string>();
        var challenges = new List<DemoChallenge>();
        for (var c = 0; c < options.Challenges; c++)
        {
            challenges.Add(await SeedChallengeAsync(faker, organiser, tokens, electro: c % 2 == 0, cancellationToken));
        }

        // A profile across challenges needs two of them.
        DemoProfile? profile = null;
        if (challenges.Count >= 2)
        {
            using var coach = ApiSession.Staff(baseAddress, tokens[CoachName]);
            profile = await new ProfileSeeder(baseAddress, coach).SeedAsync(challenges, cancellationToken);
        }

        return new DemoData(challenges, [.. StaffAccounts.Select(a => a.Name)], profile);
    }

    private async Task<DemoChallenge> SeedChallengeAsync(Faker faker, ApiSession organiser, Dictionary<string, string> tokens, bool electro, CancellationToken cancellationToken)
    {
        var province = faker.PickRandom(DemoTexts.Provinces);
        var title = electro ? $"Elektro Challenge {province}" : $"Bouwschoolaward {province}";
        var created = await organiser.SendAsync<ChallengeBody>(HttpMethod.Post, "/api/challenges", new { title, sector = electro ? "electro" : "construction" }, cancellationToken: cancellationToken);
        var path = $"/api/challenges/{created.Id}";
        await organiser.SendAsync<JsonElement>(HttpMethod.Put, $"{path}/schedule", DemoSchedule(), cancellationToken: cancellationToken);
        await organiser.SendAsync<JsonElement>(HttpMethod.Post, $"{path}/open", cancellationToken: cancellationToken);
        await organiser.SendAsync<JsonElement>(HttpMethod.Put, $"{path}/check-in", new { on = true }, cancellationToken: cancellationToken);

        using var coach = await InvitedAsync(organiser, created.Id, "coach", tokens, cancellationToken);
        using var juror = await InvitedAsync(organiser, created.Id, "juror", tokens, cancellationToken);
        (await InvitedAsync(organiser, created.Id, "employer", tokens, cancellationToken)).Dispose();

        var shop = electro ? DemoTexts.ElectroShop : DemoTexts.ConstructionShop;
        var items = shop.Select(i => new { sku = i.Sku, name = i.Name, description = i.Description, unitPriceCents = i.UnitPriceCents, stockLimit = (int?)null });
        await organiser.SendAsync<JsonElement>(HttpMethod.Put, $"{path}/shop/catalogue", new { items }, cancellationToken: cancellationToken);
        await organiser.SendAsync<JsonElement>(HttpMethod.Put, $"{path}/shop/budget", new { budgetCents = TeamBudgetCents }, cancellationToken: cancellationToken);
        if (electro)
        {
            var kit = DemoTexts.ElectroKit.Select(i => new { partNumber = i.PartNumber, description = i.Description, quantity = i.Quantity, unitValueCents = i.UnitValueCents });
            await organiser.SendAsync<JsonElement>(HttpMethod.Put, $"{path}/kit-template", new { items = kit }, cancellationToken: cancellationToken);
        }

        var names = new Queue<string>(faker.Random.Shuffle(electro ? DemoTexts.ElectroTeams : DemoTexts.ConstructionTeams));
        var teams = new List<TeamBody>();
        for (var t = 0; t < options.TeamsPerChallenge; t++)
        {
            var school = $"{faker.PickRandom(DemoTexts.SchoolKinds)} {faker.PickRandom(DemoTexts.Towns)}";
            var name = names.Count > 0 ? names.Dequeue() : $"Team {faker.PickRandom(DemoTexts.Towns)} {t + 1}";
            teams.Add(await coach.SendAsync<TeamBody>(HttpMethod.Post, $"{path}/teams", new { name, school }, cancellationToken: cancellationToken));
        }

        if (electro)
        {
            await organiser.SendAsync<JsonElement>(HttpMethod.Post, $"{path}/kits/issue", cancellationToken: cancellationToken);
        }

        await organiser.SendAsync<JsonElement>(HttpMethod.Post, $"{path}/start", cancellationToken: cancellationToken);
        var seeded = new List<DemoTeam>();
        foreach (var team in teams)
        {
            seeded.Add(await new TeamSeeder(baseAddress, faker, created, team, coach, juror, options, electro, shop.Select(i => i.Sku).ToArray()).SeedAsync(cancellationToken));
        }

        await new SeasonSeeder(organiser, juror, created.Id, province).SeedAsync([.. teams.Select(t => t.Id)], cancellationToken);
        return new DemoChallenge(created.Id, created.Title, electro ? "electro" : "construction", seeded);
    }

    /// <summary>
    /// A demo staff member of the challenge through an invite, as a person follows an invite link: the first invite creates
    /// the account; a later one, redeemed while signed in, adds the challenge to it.
    /// </summary>
    private async Task<ApiSession> InvitedAsync(ApiSession organiser, Guid challengeId, string role, Dictionary<string, string> tokens, CancellationToken cancellationToken)
    {
        var name = StaffAccounts.Single(a => a.Role == role).Name;
        var invite = await organiser.SendAsync<InviteBody>(HttpMethod.Post, $"/api/challenges/{challengeId}/invites", new { role }, cancellationToken: cancellationToken);
        var redeem = $"/api/invites/{invite.Invite.Code}/redeem";
        var credentials = new { displayName = name, passphrase = Passphrase };
        using var anonymous = ApiSession.Anonymous(baseAddress);
        if (!tokens.TryGetValue(name, out var token) && await anonymous.TryIssueTokenAsync(name, Passphrase, cancellationToken) is { } existing)
        {
            tokens[name] = token = existing;
        }

        if (token is null)
        {
            await anonymous.SendAsync<JsonElement>(HttpMethod.Post, redeem, credentials, cancellationToken: cancellationToken);
            tokens[name] = token = await SignInAsync(baseAddress, name, Passphrase, cancellationToken);
            return ApiSession.Staff(baseAddress, token);
        }

        var staff = ApiSession.Staff(baseAddress, token);
        await staff.SendAsync<JsonElement>(HttpMethod.Post, redeem, credentials, cancellationToken: cancellationToken);
        return staff;
    }

    /// <summary>A school term around today, so that the demo is always mid-challenge.</summary>
    private static object DemoSchedule()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var (start, end) = (today.AddDays(-28), today.AddDays(28));
        return new
        {
            start,
            end,
            eventDay = end,
            phases = new[] { new { name = "Ontwerpen", start, end = today.AddDays(-8) }, new { name = "Bouwen en testen", start = today.AddDays(-7), end = end.AddDays(-1) } },
        };
    }

    internal sealed record CompetenceBody(string Id, string? Requires);

    internal sealed record ChallengeBody(Guid Id, string Title, IReadOnlyList<CompetenceBody> Competences);

    internal sealed record TeamBody(Guid Id, string Name, string School, string JoinCode);

    private sealed record InviteCode(string Code);

    private sealed record InviteBody(InviteCode Invite);
}
