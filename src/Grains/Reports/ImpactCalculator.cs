using System.Collections.Immutable;
using System.Globalization;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Seasons;

namespace ChallengeHub.Grains.Reports;

/// <summary>
/// Turns the facts of every team into the report of one scope, hiding what <see cref="Suppression"/> says to hide. Every
/// figure is a count across teams; a team's facts cover the whole season, so a scope chooses teams, not badges.
/// </summary>
public static class ImpactCalculator
{
    private const string All = "all";

    public static ImpactReport Compute(
        ChallengeDetails challenge, SeasonDetails season, IReadOnlyList<TeamFacts> universe, ImpactScope scope, bool ownSchool, DateTimeOffset at,
        bool voiceOn = false)
    {
        var roundIndex = season.Rounds.Select((r, i) => (r.Id, i)).ToDictionary(r => r.Id, r => r.i);
        var teams = universe.Where(t => t.IsIn(scope, roundIndex)).ToList();

        // The teams that share a venue in every round are the smallest groups that scopes are made of; a figure is shown
        // for a round or venue only when it may be shown for each of them (see docs/impact-report.md).
        var paths = universe.GroupBy(t => t.SeasonPath).Select(g => (IReadOnlyList<TeamFacts>)[.. g]).ToList();
        Partition Of(Func<TeamFacts, IEnumerable<(string, int)>> split) => new(split, teams, paths, scope.IsSeason);

        var reach = Of(_ => [(All, 1)]);
        var reachGroup = reach.GroupOf(All);
        var venues = scope.IsSeason
            ? season.Rounds.Sum(r => r.Venues.Length)
            : scope.VenueId is not null ? 1 : season.Rounds.Single(r => r.Id == scope.RoundId).Venues.Length;

        var competences = challenge.Competences.Select(c =>
        {
            var split = Of(t => [(t.Levels.GetValueOrDefault(c.Id).ToString(CultureInfo.InvariantCulture), 1)]);
            return new CompetenceDistribution(c.Id, c.Name, split["0"],
                [.. c.Levels.Select(l => new LevelFigure(l.Level, l.Name, split[l.Level.ToString(CultureInfo.InvariantCulture)]))]);
        });

        var days = Of(t => t.FirstShownDays.GroupBy(d => d).Select(g => (g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Count())));
        var responders = teams.Where(t => !t.ResponseHours.IsEmpty).ToList();
        var median = responders.Count > 0 && Suppression.MayShow(responders) && (scope.IsSeason || paths.All(Suppression.MayShow))
            ? ImpactFigure.Of(Math.Round(Median([.. responders.SelectMany(t => t.ResponseHours)]), 1))
            : ImpactFigure.Hidden;

        return new ImpactReport(
            challenge.Id,
            challenge.Sector,
            scope,
            NameOf(season, scope),
            ownSchool,
            at,
            new ImpactReach(
                reach.Show(All) ? ImpactFigure.Of(reachGroup.Sum(t => t.Pupils)) : ImpactFigure.Hidden,
                reach[All],
                reach.Show(All) ? ImpactFigure.Of(reachGroup.Select(t => t.School).Distinct(StringComparer.Ordinal).Count()) : ImpactFigure.Hidden,
                venues),
            [.. competences],
            Share(Of(t => [(t.HasBadge ? "with" : "without", 1)])),
            Share(Of(t => [(t.HasRecognition ? "with" : "without", 1)])),
            [.. days.Keys.Order(StringComparer.Ordinal).Select(d => new DayFigure(DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture), days[d]))],
            Share(Of(t => [(t.HasFeedback ? "with" : "without", 1)])),
            median,
            [.. Enum.GetValues<OfferKind>().Select(kind =>
            {
                var offers = Of(t => t.Offers.Where(o => o.Kind == kind).GroupBy(o => o.Stand).Select(g => (g.Key.ToString(), g.Count())));
                var accepted = nameof(OfferStand.Accepted);
                var declined = nameof(OfferStand.Declined);
                var answered = offers.Show(accepted) && offers.Show(declined)
                    ? ImpactFigure.Of(offers.ValueOf(accepted) + offers.ValueOf(declined))
                    : ImpactFigure.Hidden;
                return new OfferFigures(kind, offers.Sum, answered, offers[accepted]);
            })],
            challenge.Title,
            VoiceCalculator.Compute(voiceOn, teams, paths, scope.IsSeason));
    }

    private static TeamShare Share(Partition split) => new(split["with"], split["without"]);

    private static string? NameOf(SeasonDetails season, ImpactScope scope) => scope switch
    {
        { VenueId: { } venue } => season.Rounds.SelectMany(r => r.Venues).Single(v => v.Id == venue).Name,
        { RoundId: { } round } => season.Rounds.Single(r => r.Id == round).Name,
        _ => null,
    };

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /// <summary>One partition of the scope's teams into cells (levels, with/without, days, offer answers), with what to hide.</summary>
    private sealed class Partition
    {
        private readonly Dictionary<string, Suppression.Cell> _cells;
        private readonly HashSet<string> _hidden;
        private readonly bool _allHidden;

        public Partition(Func<TeamFacts, IEnumerable<(string Key, int Amount)>> split, IReadOnlyList<TeamFacts> teams,
            IReadOnlyList<IReadOnlyList<TeamFacts>> paths, bool season)
        {
            _cells = CellsOf(split, teams);
            _allHidden = !season && paths.Any(path => CellsOf(split, path).Values.Any(c => !Suppression.MayShow(c.Group)));
            _hidden = _allHidden ? [.. _cells.Keys] : Suppression.HiddenCells(_cells);
            Sum = _allHidden || !Suppression.MayShow(Suppression.Union(_cells, _cells.Keys))
                ? ImpactFigure.Hidden
                : ImpactFigure.Of(_cells.Values.Sum(c => c.Value));
        }

        public IEnumerable<string> Keys => _cells.Keys;

        /// <summary>The figure of all cells together: known whenever the groups of all cells together may be shown.</summary>
        public ImpactFigure Sum { get; }

        public ImpactFigure this[string key] => Show(key) ? ImpactFigure.Of(ValueOf(key)) : ImpactFigure.Hidden;

        public bool Show(string key) => !_allHidden && !_hidden.Contains(key);

        public int ValueOf(string key) => _cells.TryGetValue(key, out var cell) ? cell.Value : 0;

        public HashSet<TeamFacts> GroupOf(string key) => _cells.TryGetValue(key, out var cell) ? cell.Group : [];

        private static Dictionary<string, Suppression.Cell> CellsOf(Func<TeamFacts, IEnumerable<(string Key, int Amount)>> split, IEnumerable<TeamFacts> teams)
        {
            var cells = new Dictionary<string, Suppression.Cell>(StringComparer.Ordinal);
            foreach (var team in teams)
            {
                foreach (var (key, amount) in split(team))
                {
                    var cell = cells.TryGetValue(key, out var found) ? found : cells[key] = new(0, []);
                    cells[key] = cell with { Value = cell.Value + amount };
                    cell.Group.Add(team);
                }
            }

            return cells;
        }
    }
}
