using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Badges;

/// <summary>
/// What jurors still have to look at: per team, by name, the milestones no standing badge uses as evidence yet, and the
/// teams no juror has awarded anything yet, so that every team gets seen. Never sorted by merit.
/// </summary>
[GenerateSerializer, Immutable, Alias("ReviewOverview")]
public sealed record ReviewOverview(ImmutableArray<ReviewTeam> Teams, ImmutableArray<TeamReference> NotYetVisited)
{
    /// <summary>
    /// Builds the overview from each team's milestones and badges; <paramref name="teams"/> come in name order and stay so.
    /// <paramref name="competenceId"/> keeps the milestones that claim that competence.
    /// </summary>
    public static ReviewOverview Build(IEnumerable<(TeamDetails Team, ImmutableArray<Milestone> Milestones, ImmutableArray<Badge> Badges)> teams, string? competenceId)
    {
        var reviewing = new List<ReviewTeam>();
        var notYetVisited = new List<TeamReference>();
        foreach (var (team, milestones, badges) in teams)
        {
            if (badges.IsEmpty)
            {
                notYetVisited.Add(new TeamReference(team.Id, team.Name, team.School));
            }

            var used = badges.Where(b => !b.IsRevoked).SelectMany(b => b.MilestoneIds).ToHashSet();
            var waiting = milestones.Where(m => !used.Contains(m.Id) && (competenceId is null || m.CompetenceIds.Contains(competenceId))).ToImmutableArray();
            if (waiting.Length > 0)
            {
                reviewing.Add(new ReviewTeam(team.Id, team.Name, team.School, waiting));
            }
        }

        return new ReviewOverview([.. reviewing], [.. notYetVisited]);
    }
}

/// <summary>A team's milestones awaiting review, newest first, with their story, photos and linked orders.</summary>
[GenerateSerializer, Immutable, Alias("ReviewTeam")]
public sealed record ReviewTeam(Guid TeamId, string TeamName, string School, ImmutableArray<Milestone> Milestones);
