namespace ChallengeHub.Grains.Reports;

/// <summary>
/// The one rule that decides which figures the impact report may show; see docs/impact-report.md. A group of teams may be
/// shown when it is empty or holds at least <see cref="MinTeams"/> teams and <see cref="MinPupils"/> pupils.
/// </summary>
public static class Suppression
{
    public const int MinTeams = 3;
    public const int MinPupils = 10;

    public static bool MayShow(IReadOnlyCollection<TeamFacts> group) =>
        group.Count == 0 || (group.Count >= MinTeams && group.Sum(t => t.Pupils) >= MinPupils);

    /// <summary>
    /// The same rule for the pupils' check-in, where each team's answers are its cell: a group of answers may be shown when
    /// there are none, or at least <see cref="MinPupils"/> answers from at least <see cref="MinTeams"/> teams.
    /// </summary>
    public static bool MayShowAnswers(IReadOnlyCollection<int> answersPerTeam) =>
        answersPerTeam.Sum() == 0 || (answersPerTeam.Count(a => a > 0) >= MinTeams && answersPerTeam.Sum() >= MinPupils);

    /// <summary>
    /// Which cells of one partition to hide. A cell whose group may not be shown is hidden; then, because the partition's
    /// sum is known (the teams in scope, the offers made), the next smallest non-empty cells are hidden with it until at least
    /// two are hidden and their groups together may be shown, so that no hidden cell can be found by subtraction.
    /// </summary>
    public static HashSet<string> HiddenCells(IReadOnlyDictionary<string, Cell> cells)
    {
        var hidden = cells.Where(c => !MayShow(c.Value.Group)).Select(c => c.Key).ToHashSet();
        if (hidden.Count == 0)
        {
            return hidden;
        }

        while (hidden.Count == 1 || !MayShow(Union(cells, hidden)))
        {
            var next = cells.Where(c => !hidden.Contains(c.Key) && c.Value.Group.Count > 0)
                .OrderBy(c => c.Value.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault();
            if (next is null)
            {
                break;
            }

            hidden.Add(next);
        }

        return hidden;
    }

    public static HashSet<TeamFacts> Union(IReadOnlyDictionary<string, Cell> cells, IEnumerable<string> keys) =>
        [.. keys.SelectMany(k => cells[k].Group)];

    /// <summary>One cell of a partition: its value (teams, competences, offers) and the teams it is built on.</summary>
    public sealed record Cell(int Value, HashSet<TeamFacts> Group);
}
