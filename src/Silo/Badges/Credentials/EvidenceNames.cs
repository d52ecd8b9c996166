using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>
/// How public badge surfaces name a milestone. Its title is its author's words: shown only with their consent to the
/// showcase, otherwise (and always in a signed credential, which cannot follow a later change of consent) a neutral name made
/// of the team, the date and the competences shown.
/// </summary>
public static class EvidenceNames
{
    /// <summary>Whether the milestone's own words may be shown: the team's (no pupil author), or its author consented to the showcase.</summary>
    public static async Task<bool> WordsShownAsync(IGrainFactory grains, Guid teamId, Milestone milestone) =>
        !milestone.WordsWithheld
        && (milestone.AuthorId is not { } author || await grains.GetGrain<ITeamGrain>(teamId).GetPupilAsync(author) is { Consent.Showcase: true });

    /// <summary>The ids among <paramref name="milestones"/> whose own words may be shown now.</summary>
    public static async Task<ImmutableHashSet<Guid>> WordsShownAsync(IGrainFactory grains, Guid teamId, IEnumerable<Milestone> milestones)
    {
        var shown = ImmutableHashSet.CreateBuilder<Guid>();
        foreach (var milestone in milestones)
        {
            if (await WordsShownAsync(grains, teamId, milestone))
            {
                shown.Add(milestone.Id);
            }
        }

        return shown.ToImmutable();
    }

    /// <summary>"Mijlpaal van team X op 03-12-2026: Meten en testen, Plannen", in Dutch like the badge pages and credentials.</summary>
    public static string Neutral(Milestone milestone, TeamDetails team, ChallengeDetails challenge)
    {
        var competences = challenge.Competences.Where(c => milestone.CompetenceIds.Contains(c.Id)).Select(c => c.Name.Nl).ToArray();
        var name = $"Mijlpaal van team {team.Name} op {milestone.LoggedAt:dd-MM-yyyy}";
        return competences.Length > 0 ? $"{name}: {string.Join(", ", competences)}" : name;
    }
}
