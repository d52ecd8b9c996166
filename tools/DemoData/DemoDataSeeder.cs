using System.Collections.Immutable;
using Bogus;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.DemoData;

/// <summary>
/// Creates one electro and one construction challenge with Flemish schools, teams, pseudonymous pupils, milestones and
/// badges, and a demo account per staff role. Deterministic for a given seed, so a demo looks the same every time it is set up.
/// </summary>
public sealed class DemoDataSeeder(IGrainFactory grains, int seed = 2026, int teamsPerChallenge = 6)
{
    private static readonly string[] SchoolKinds = ["VTI", "GO! Technisch Atheneum", "Sint-Jozefsinstituut", "KTA", "PTI", "Vrij Technisch Instituut"];

    private static readonly string[] ElectroMilestones =
    [
        "Schakelschema getekend", "Voeding veilig aangesloten", "Motorsturing getest", "Sensor gekalibreerd",
        "Eerste rit op het parcours", "Kabelboom netjes afgewerkt", "Bestelling binnen budget geplaatst", "Storing in de sturing gevonden",
    ];

    private static readonly string[] ConstructionMilestones =
    [
        "Grondplan uitgezet", "Houtverbindingen gezaagd", "Gerecycleerde materialen gekozen", "Maquette afgewerkt",
        "Muurtje gemetseld", "Afwerking geschuurd en gelakt", "Ontwerp voorgesteld aan de klas", "Isolatie geplaatst",
    ];

    private static readonly string[] ElectroTeams =
    [
        "De Vonkenmakers", "Team Stroomversnelling", "De Schakelaars", "De Draadkrachten", "Team Spanningsveld", "Volt Vooruit", "De Ampèrebende",
    ];

    private static readonly string[] ConstructionTeams =
    [
        "De Bouwbende", "Houtwerk Helden", "Team Fundament", "Zaag & Zo", "De Metselmeesters", "De Timmerploeg", "Team Dakgoot",
    ];

    private static readonly string[] Stories =
    [
        "Eerst hebben we alles op papier gezet, daarna hebben we het stap voor stap opgebouwd.",
        "Het lukte niet meteen, maar na wat meten en testen vonden we zelf de oplossing.",
        "We hebben de taken verdeeld zodat iedereen kon doen waar hij of zij sterk in is.",
        "Onze coach keek mee, maar de keuzes hebben we zelf gemaakt en uitgelegd.",
        "We hebben gekozen voor materiaal dat we kunnen hergebruiken.",
        "Vandaag hebben we ons werk aan een andere klas uitgelegd.",
    ];

    private static readonly string[] Feedback =
    [
        "Jullie werkten nauwkeurig en legden elke stap duidelijk uit.",
        "Sterk hoe jullie samen een oplossing zochten toen iets niet meteen lukte.",
        "Mooi afgewerkt: je ziet dat jullie trots zijn op dit werk.",
        "Jullie planning was helder en jullie hielden je eraan.",
    ];

    /// <summary>Every demo account signs in with this passphrase; demo pupils with <see cref="PupilPin"/>.</summary>
    public const string Passphrase = "challengehub demo";

    public const string PupilPin = "2026";

    private static readonly (Role Role, string Name)[] StaffAccounts =
    [
        (Role.Organiser, "Demo Organisator"), (Role.Coach, "Demo Coach"), (Role.Juror, "Demo Jurylid"), (Role.Employer, "Demo Werkgever"),
    ];

    public async Task<DemoData> SeedAsync(CancellationToken cancellationToken = default)
    {
        var faker = new Faker("nl_BE") { Random = new Randomizer(seed) };
        var accounts = new List<AccountDetails>();
        foreach (var (role, name) in StaffAccounts)
        {
            accounts.Add(await AccountAsync(role, name, new Guid(faker.Random.Bytes(16))));
        }

        ImmutableArray<ChallengeDetails> challenges =
        [
            await SeedChallengeAsync(faker, accounts, "Elektro Challenge Provincie Antwerpen", "electro", ElectroMilestones, ElectroTeams, cancellationToken),
            await SeedChallengeAsync(faker, accounts, "Bouwschoolaward West-Vlaanderen", "construction", ConstructionMilestones, ConstructionTeams, cancellationToken),
        ];
        return new DemoData(challenges, [.. accounts]);
    }

    /// <summary>
    /// The demo organiser is the first organiser when there is none yet (so no setup code is needed for a demo);
    /// an account whose name exists already is reused.
    /// </summary>
    private async Task<AccountDetails> AccountAsync(Role role, string name, Guid id)
    {
        if (await grains.GetGrain<IAccountNameGrain>(AccountNames.Key(name)).GetAsync() is { } existing)
        {
            return (await grains.GetGrain<IAccountGrain>(existing).GetAsync())!;
        }

        var setup = grains.GetGrain<ISetupGrain>(0);
        if (role == Role.Organiser && await setup.IssueCodeAsync() is { } code)
        {
            return await setup.CompleteAsync(code, new Credentials(name, Passphrase));
        }

        return await grains.GetGrain<IAccountGrain>(id).CreateAsync(role, new Credentials(name, Passphrase), null);
    }

    private async Task<ChallengeDetails> SeedChallengeAsync(
        Faker faker, List<AccountDetails> accounts, string title, string sector, string[] milestoneTitles, string[] names, CancellationToken cancellationToken)
    {
        var teamNames = new Queue<string>(faker.Random.Shuffle(names));
        var challengeId = new Guid(faker.Random.Bytes(16));
        foreach (var account in accounts)
        {
            await grains.GetGrain<IAccountGrain>(account.Id).AddChallengeAsync(challengeId);
        }

        var coach = accounts.Single(a => a.Role == Role.Coach);
        var grain = grains.GetGrain<IChallengeGrain>(challengeId);
        await grain.CreateAsync(new(title, sector));
        await grain.SetScheduleAsync(DemoSchedule());
        await grain.AdvanceAsync(ChallengeStatus.Open);
        var teams = new List<TeamDetails>();
        for (var i = 0; i < teamsPerChallenge && !cancellationToken.IsCancellationRequested; i++)
        {
            var name = teamNames.Count > 0 ? teamNames.Dequeue() : $"Team {faker.Address.City()}";
            var school = $"{faker.PickRandom(SchoolKinds)} {faker.Address.City()}";
            teams.Add(await grain.RegisterTeamAsync(new(name, school), coach.Id));
        }

        var challenge = await grain.AdvanceAsync(ChallengeStatus.Running);
        foreach (var team in teams)
        {
            await SeedPupilsAsync(faker, team, coach);
            await SeedTeamAsync(faker, challenge, team, milestoneTitles);
        }

        return challenge;
    }

    /// <summary>Two to four pupils per team with a nickname; most agreed to show it on the wall, some their photos too.</summary>
    private async Task SeedPupilsAsync(Faker faker, TeamDetails team, AccountDetails coach)
    {
        var teamGrain = grains.GetGrain<ITeamGrain>(team.Id);
        foreach (var nickname in Enumerable.Range(0, faker.Random.Int(2, 4)).Select(_ => faker.Name.FirstName()).Distinct())
        {
            var session = await teamGrain.JoinAsync(new(team.JoinCode, nickname, PupilPin));
            await teamGrain.SetConsentAsync(session.Pupil.Id, new(faker.Random.Bool(0.8f), faker.Random.Bool(0.6f), faker.Random.Bool(0.5f)), coach.DisplayName);
        }
    }

    /// <summary>A school term around today, so the demo is always mid-challenge.</summary>
    private static ScheduleRequest DemoSchedule()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var (start, end) = (today.AddDays(-28), today.AddDays(28));
        return new ScheduleRequest(start, end, end, [new("Ontwerpen", start, today.AddDays(-8)), new("Bouwen en testen", today.AddDays(-7), end.AddDays(-1))]);
    }

    private async Task SeedTeamAsync(Faker faker, ChallengeDetails challenge, TeamDetails team, string[] milestoneTitles)
    {
        var log = grains.GetGrain<IMilestoneLogGrain>(team.Id);
        var profile = grains.GetGrain<ICompetenceProfileGrain>(team.Id);
        var held = new HashSet<string>();
        foreach (var title in faker.PickRandom(milestoneTitles, faker.Random.Int(1, 4)))
        {
            var competences = faker.PickRandom(challenge.Competences, faker.Random.Int(1, 2)).ToArray();
            var milestone = await log.LogAsync(challenge.Id, new(title, faker.PickRandom(Stories), [.. competences.Select(c => c.Id)]), idempotencyKey: null);

            // A competence that needs a safety competence first is only awarded once the team holds that one, as a juror would.
            if (faker.Random.Bool(0.6f) && competences.FirstOrDefault(c => c.Requires is null || held.Contains(c.Requires)) is { } shown)
            {
                await profile.AwardAsync(challenge.Id, new(shown.Id, faker.Random.Int(1, 3), faker.PickRandom(Feedback), [milestone.Id]), idempotencyKey: null);
                held.Add(shown.Id);
            }
        }
    }
}

/// <summary>What the demo seeder created: the challenges and the demo staff accounts (passphrase <see cref="DemoDataSeeder.Passphrase"/>).</summary>
public sealed record DemoData(ImmutableArray<ChallengeDetails> Challenges, ImmutableArray<AccountDetails> Accounts);
