using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Challenges;

/// <summary>
/// A coach's roster list, all or nothing. Every line is checked before anything is created. The teams are then made with
/// ids derived from the challenge, the coach and the line's team name, and the registry takes them all in one write: until
/// that write no screen sees any of them, after it every one. A retry after a crash in between makes the same ids, finds
/// the team grains it already made and keeps their join codes, so the list ends up registered once.
/// </summary>
public sealed partial class ChallengeGrain
{
    /// <summary>Enough for a few hundred lines; a challenge holds at most <see cref="MaxTeams"/> teams.</summary>
    public const int MaxRosterLength = 40_000;

    private static readonly string[] HeaderWords = ["team", "teamnaam", "naam", "name", "team name", "équipe", "equipe", "nom", "nom d'équipe", "nom d’équipe"];

    public async Task<ImmutableArray<TeamDetails>> ImportTeamsAsync(RosterImportRequest request, Guid? coachId)
    {
        var challenge = Challenge();
        var validation = new Validation();
        var csv = validation.Text("csv", request.Csv, MaxRosterLength);
        var school = validation.Name("school", request.School, MaxSchoolLength, required: false);
        validation.ThrowIfInvalid();
        ChallengeLifecycle.EnsureTeamsCanRegister(challenge);

        var (rows, errors) = Check(RosterCsv.Parse(csv), school, coachId);
        if (errors.Count > 0)
        {
            throw new DomainException(ProblemTypes.RosterRowsInvalid,
                $"{errors.Count} line(s) of the list need a change first; nothing was registered.", errors.ToImmutableDictionary());
        }

        var fresh = rows.Where(r => !state.State.Teams.Any(t => NameOrder.Comparer.Equals(t.Name, r.Name))).ToList();
        if (rows.Count == 0)
        {
            throw new DomainException(ProblemTypes.RosterEmpty, "The list holds no team name.");
        }

        if (state.State.Teams.Length + fresh.Count > MaxTeams)
        {
            throw new DomainException(ProblemTypes.ChallengeFull, $"A challenge holds at most {MaxTeams} teams; this list would bring it to {state.State.Teams.Length + fresh.Count}.");
        }

        var created = new List<TeamDetails>();
        foreach (var (_, name, teamSchool) in fresh)
        {
            var teamId = ImportedTeamId(challenge.Id, coachId, name);
            var grain = GrainFactory.GetGrain<ITeamGrain>(teamId);
            var team = await grain.GetAsync();
            if (team is null)
            {
                team = new TeamDetails(teamId, challenge.Id, name, teamSchool, await ClaimJoinCodeAsync(teamId), coachId);
                await grain.InitializeAsync(team);
            }

            created.Add(team);
        }

        var previous = state.State.Teams;
        state.State.Teams = [.. previous.AddRange(created).OrderBy(t => t.Name, NameOrder.Comparer).ThenBy(t => t.Id)];
        await state.WriteOrUndoAsync(() => state.State.Teams = previous);

        var imported = rows.Select(r => state.State.Teams.First(t => NameOrder.Comparer.Equals(t.Name, r.Name))).OrderBy(t => t.Name, NameOrder.Comparer).ToImmutableArray();
        var wall = GrainFactory.GetGrain<IWallGrain>(challenge.Id);
        foreach (var team in imported)
        {
            // Also for teams a first attempt already registered: it may have stopped before telling the wall.
            await wall.TeamRegisteredAsync(team);
        }

        return imported;
    }

    /// <summary>The lines to register, or per bad line (by number) the code of what to fix. A first line of column titles is skipped.</summary>
    private (List<(int Line, string Name, string School)> Rows, Dictionary<string, string[]> Errors) Check(ImmutableArray<CsvRecord> records, string school, Guid? coachId)
    {
        var rows = new List<(int Line, string Name, string School)>();
        var errors = new Dictionary<string, string[]>();
        var body = records.Length > 0 && HeaderWords.Contains(records[0].Cells[0].ToLowerInvariant()) ? records[1..] : records;
        foreach (var record in body)
        {
            var name = record.Cells[0];
            var rowSchool = record.Cells.Length > 1 && record.Cells[1].Length > 0 ? record.Cells[1] : school;
            var check = new Validation();
            var problem =
                record.QuoteOpen ? ProblemTypes.RosterQuoteOpen
                : record.Cells.Length > 2 && record.Cells[2..].Any(c => c.Length > 0) ? ProblemTypes.RosterTooManyColumns
                : name.Length == 0 ? ProblemTypes.RosterNameMissing
                : name.Length > MaxTeamNameLength || rowSchool.Length > MaxSchoolLength ? ProblemTypes.RosterTooLong
                : rowSchool.Length == 0 ? ProblemTypes.RosterSchoolMissing
                : rows.Exists(r => NameOrder.Comparer.Equals(r.Name, name)) ? ProblemTypes.RosterNameTwice
                : null;
            if (problem is null)
            {
                (name, rowSchool) = (check.Name("name", name, MaxTeamNameLength), check.Name("school", rowSchool, MaxSchoolLength));
                var namesake = state.State.Teams.FirstOrDefault(t => NameOrder.Comparer.Equals(t.Name, name));
                problem = !check.IsValid ? ProblemTypes.InvalidFields
                    : namesake is not null && (namesake.CoachId != coachId || !NameOrder.Comparer.Equals(namesake.School, rowSchool)) ? ProblemTypes.TeamNameTaken
                    : null;
            }

            if (problem is null)
            {
                rows.Add((record.Line, name, rowSchool));
            }
            else
            {
                errors[record.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)] = [problem.Code];
            }
        }

        return (rows, errors);
    }

    /// <summary>The same for every attempt of one coach's import of one team name, so that a retry finds what an attempt made.</summary>
    private static Guid ImportedTeamId(Guid challengeId, Guid? coachId, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"roster-import|{challengeId:N}|{coachId:N}|{name.ToUpperInvariant()}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
