using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Badges;

/// <summary>
/// A competence for which jurors gave one team levels <see cref="Calibration.Spread"/> or more apart: something for the
/// organiser to talk through with the jurors, never corrected automatically.
/// </summary>
[GenerateSerializer, Immutable, Alias("CalibrationItem")]
public sealed record CalibrationItem(Guid TeamId, string TeamName, string CompetenceId, ImmutableArray<JurorLevel> Levels);

/// <summary>One juror's standing badge in a <see cref="CalibrationItem"/>, in the order they were awarded.</summary>
[GenerateSerializer, Immutable, Alias("JurorLevel")]
public sealed record JurorLevel(Guid BadgeId, Guid? JurorId, string? JurorName, int Level, DateTimeOffset AwardedAt);

public static class Calibration
{
    public const int Spread = 2;

    /// <summary>The team's competences, in framework order, whose standing badges differ by <see cref="Spread"/> levels or more.</summary>
    public static IEnumerable<CalibrationItem> Find(ChallengeDetails challenge, TeamDetails team, IEnumerable<Badge> badges)
    {
        var standing = badges.Where(b => !b.IsRevoked).ToLookup(b => b.CompetenceId);
        return challenge.Competences
            .Select(c => standing[c.Id].OrderBy(b => b.AwardedAt).ToArray())
            .Where(awarded => awarded.Length > 1 && awarded.Max(b => b.Level) - awarded.Min(b => b.Level) >= Spread)
            .Select(awarded => new CalibrationItem(team.Id, team.Name, awarded[0].CompetenceId,
                [.. awarded.Select(b => new JurorLevel(b.Id, b.JurorId, b.JurorName, b.Level, b.AwardedAt))]));
    }
}
