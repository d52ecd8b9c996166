using System.Collections.Immutable;
using System.Numerics;

namespace ChallengeHub.Grains.Walls;

/// <summary>The wall's challenge-wide counts: counts across all teams, never per team side by side.</summary>
internal static class WallCounting
{
    /// <summary>
    /// Counts the team's competences among <paramref name="competenceIds"/> as shown on <paramref name="today"/>, starting the
    /// count anew on the first change of a new day. Only the framework's competences count. Returns the undo, for when the
    /// change cannot be stored.
    /// </summary>
    public static Action CountShown(WallState wall, WallTeamEntry entry, IEnumerable<string> competenceIds, DateOnly today)
    {
        var (day, undo) = (wall.CountedDay, Remember(wall));
        if (day != today)
        {
            wall.Teams.ForEach(t => t.ShownToday = 0);
            wall.CountedDay = today;
        }

        foreach (var index in competenceIds.Select(id => wall.CompetenceIds.IndexOf(id)).Where(i => i >= 0))
        {
            entry.ShownToday |= 1UL << index;
        }

        return () =>
        {
            undo();
            wall.CountedDay = day;
        };
    }

    /// <summary>Keeps what each team showed today under the competences' new places in the framework. Returns the undo.</summary>
    public static Action Reframe(WallState wall, ImmutableArray<string> previous)
    {
        var undo = Remember(wall);
        foreach (var team in wall.Teams.Where(t => t.ShownToday != 0))
        {
            var (shown, mask) = (team.ShownToday, 0UL);
            for (var index = 0; index < wall.CompetenceIds.Length; index++)
            {
                var was = previous.IndexOf(wall.CompetenceIds[index]);
                if (was >= 0 && (shown & (1UL << was)) != 0)
                {
                    mask |= 1UL << index;
                }
            }

            team.ShownToday = mask;
        }

        return undo;
    }

    /// <summary>The counts at <paramref name="now"/>: what was counted on an earlier day no longer counts as today.</summary>
    public static WallCounts Counts(WallState wall, DateTimeOffset now)
    {
        var today = BrusselsDay.Of(now);
        var shownToday = wall.CountedDay == today ? wall.Teams.Sum(t => BitOperations.PopCount(t.ShownToday)) : 0;
        return new WallCounts(wall.MilestonesLogged, wall.BadgesAwarded, shownToday, BrusselsDay.EndOf(today));
    }

    /// <summary>
    /// The counts of some teams only (a venue's wall): the sums over those teams, without saying what any one of them did.
    /// </summary>
    public static WallCounts CountsOf(WallState wall, HashSet<Guid> teamIds, DateTimeOffset now)
    {
        var today = BrusselsDay.Of(now);
        var teams = wall.Teams.Where(t => teamIds.Contains(t.Id)).ToList();
        var shownToday = wall.CountedDay == today ? teams.Sum(t => BitOperations.PopCount(t.ShownToday)) : 0;
        return new WallCounts(teams.Sum(t => t.MilestonesLogged), teams.Sum(t => t.BadgesStanding), shownToday, BrusselsDay.EndOf(today));
    }

    private static Action Remember(WallState wall)
    {
        var shown = wall.Teams.Where(t => t.ShownToday != 0).Select(t => (Team: t, t.ShownToday)).ToList();
        return () =>
        {
            wall.Teams.ForEach(t => t.ShownToday = 0);
            shown.ForEach(s => s.Team.ShownToday = s.ShownToday);
        };
    }
}
