using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>
/// A wall as an event day fills it: a running challenge with any number of teams with long Flemish names, some of which
/// logged a milestone and got a badge, registered through the API as a coach's form would.
/// </summary>
public static class WallSeeding
{
    private static readonly string[] Names =
    [
        "De Vonkenmakers van het Sint-Jozefsinstituut", "Team Spanningsveld", "Ampèrehelden uit Aalst", "Bliksemschicht",
        "De Schakelaars van Scheldeland", "Kalme Kracht", "Stroomopwaarts Kortrijk", "Zonnepaneelzusters",
        "De Weerstandsbende", "Elektronenjagers Oostende", "Volt & Vonk", "Het Kortsluitcollectief",
        "Wisselstroomwonders", "De Draadtrekkers van Diksmuide", "Kabelkunst Kontich", "Spoelspecialisten",
        "Team Transformator", "De Zekeringzoekers", "Ohmse Ontdekkers", "Geleiders van Geel",
        "Relaisrijders Roeselare", "De Lampenmakers", "Printplaatpioniers", "Team Vermogen",
        "Condensatorclub Hasselt", "De Motorfluisteraars", "Aardlekkers uit Aarschot", "Stekkerstrijders",
        "Dioderidders Dendermonde", "Team Fasewissel", "De Meetlatten van Mol", "Lusstroomlopers",
        "Klemmenkoningen", "De Sensorsmeden", "Zwakstroomzangers", "Team Netspanning",
        "Accu-avonturiers Aarlen", "De Kabelgoot", "Schemerschakelaars", "Zuiderkempse Zoemers",
    ];

    /// <summary>The team names of a wall with <paramref name="count"/> teams (at most 40), in registration order.</summary>
    public static IReadOnlyList<string> TeamNames(int count) => Names[..count];

    /// <summary>A running electro challenge with <paramref name="count"/> teams; every third logged a milestone, every fourth has a badge.</summary>
    public static async Task<(ChallengeDetails Challenge, IReadOnlyList<TeamDetails> Teams)> SeedAsync(HttpClient organiser, int count)
    {
        var challenge = await organiser.CreateChallengeAsync();
        var teams = new List<TeamDetails>();
        for (var index = 0; index < count; index++)
        {
            var team = await organiser.RegisterTeamAsync(challenge.Id, Names[index], index % 2 == 0 ? "VTI Brugge" : "Sint-Lutgardisinstituut Mol");
            teams.Add(team);
            if (index % 3 == 0)
            {
                var milestone = await organiser.LogMilestoneAsync(team, "Schakelbord bedraad en getest", "bedraden", "meten-testen");
                if (index % 4 == 0)
                {
                    await organiser.AwardBadgeAsync(team, "bedraden", 2, milestone.Id);
                }
            }
        }

        return (challenge, teams);
    }
}
