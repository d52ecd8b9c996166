using System.Collections.Immutable;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Badges.Attributions;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Profiles;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Badges.Credentials;

namespace ChallengeHub.Silo.Profiles;

/// <summary>
/// Builds a pupil's profile from the recovery codes they hold. Nothing links two challenges but the request that names both
/// codes: the profile is put together for that request and kept nowhere.
/// </summary>
public static class PupilProfiles
{
    /// <summary>More codes than school years a pupil spends in secondary school cannot be right.</summary>
    public const int MaxCodes = 8;

    public const int MaxCodeLength = 40;

    /// <summary>Every code's challenge, team and pupil, in the order given; the same code twice counts once. 422 for a code that leads nowhere.</summary>
    public static async Task<ImmutableArray<ProfilePart>> FindAsync(IGrainFactory grains, IEnumerable<string> codes)
    {
        var parts = ImmutableArray.CreateBuilder<ProfilePart>();
        foreach (var code in codes.Select(IRecoveryCodeLocatorGrain.Normalise).Where(c => c.Length > 0).Distinct())
        {
            parts.Add(await PartAsync(grains, code) ?? throw new DomainException(ProblemTypes.RecoveryCodeUnknown,
                "This recovery code belongs to no pupil. Check it letter by letter; a pupil whose data was erased has no code any more."));
        }

        return parts.ToImmutable();
    }

    public static PupilProfile Build(ImmutableArray<ProfilePart> parts)
    {
        var badges = parts.SelectMany(p => p.Badges.Select(b => (Part: p, Badge: b))).ToArray();
        var competences = badges
            .GroupBy(b => b.Badge.CompetenceId)
            .Select(g => new ProfileCompetence(g.Key, g.First().Part.Challenge.Competences.First(c => c.Id == g.Key).Name,
                [.. g.OrderBy(b => b.Badge.AwardedAt).Select(b => b.Part.BadgeOf(b.Badge))]))
            .OrderBy(c => c.Name.Nl, NameOrder.Comparer);
        return new PupilProfile(
            [.. parts.Select(p => new ProfileChallenge(p.Challenge.Id, p.Challenge.Title, p.Team.Id, p.Team.Name, p.Team.School, p.Pupil.Nickname))],
            [.. competences],
            [.. parts.SelectMany(p => p.Recognitions.Select(p.RecognitionOf))]);
    }

    private static async Task<ProfilePart?> PartAsync(IGrainFactory grains, string code)
    {
        if (await grains.GetGrain<IRecoveryCodeLocatorGrain>(IRecoveryCodeLocatorGrain.KeyOf(code)).GetAsync() is not { } location
            || await grains.GetGrain<IChallengeGrain>(location.ChallengeId).GetAsync() is not { } challenge
            || await grains.GetGrain<ITeamGrain>(location.TeamId).GetAsync() is not { } team
            || await grains.GetGrain<ITeamGrain>(location.TeamId).GetPupilAsync(location.PupilId) is not { } pupil)
        {
            return null;
        }

        // The locator is written before the code; only the code the team's attributions hold counts.
        var identity = await grains.GetGrain<IBadgeAttributionsGrain>(team.Id).GetForPupilAsync(challenge.Id, pupil.Id);
        if (identity.RecoveryCode != code)
        {
            return null;
        }

        var mine = identity.Badges.Select(b => b.BadgeId).ToHashSet();
        var badges = (await grains.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challenge.Id))
            .Where(b => mine.Contains(b.Id) && !b.IsRevoked && challenge.HasCompetence(b.CompetenceId)).ToImmutableArray();
        var milestones = await grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challenge.Id);
        var season = await grains.GetGrain<ISeasonGrain>(challenge.Id).GetTeamSeasonAsync(team.Id);
        var recognitions = ImmutableArray.CreateBuilder<(Recognition, TeamRound)>();
        foreach (var round in season.Rounds.Where(r => r.Venue is not null))
        {
            var board = await grains.GetGrain<IDeliberationBoardGrain>(round.Venue!.Id).GetAsync(challenge.Id);
            if (board.Publication is not null)
            {
                recognitions.AddRange(board.Teams.Where(t => t.TeamId == team.Id).SelectMany(t => t.Recognitions).Select(r => (r, round)));
            }
        }

        return new ProfilePart(challenge, team, pupil, badges, milestones, season, recognitions.ToImmutable());
    }
}

/// <summary>What one recovery code brings into a profile: the pupil's challenge and team, their badges, and their team's recognitions.</summary>
public sealed record ProfilePart(
    ChallengeDetails Challenge,
    TeamDetails Team,
    Pupil Pupil,
    ImmutableArray<Badge> Badges,
    ImmutableArray<Milestone> Milestones,
    TeamSeason Season,
    ImmutableArray<(Recognition Recognition, TeamRound Round)> Recognitions)
{
    public ProfileBadge BadgeOf(Badge badge)
    {
        var level = Challenge.Competences.First(c => c.Id == badge.CompetenceId).Levels.FirstOrDefault(l => l.Level == badge.Level);
        var round = Season.Levels.FirstOrDefault(l => l.CompetenceId == badge.CompetenceId && l.Level == badge.Level)?.RoundId is { } roundId
            ? Season.Rounds.FirstOrDefault(r => r.RoundId == roundId)
            : null;
        return new ProfileBadge(badge.Id, Challenge.Id, Team.Id, badge.Level, level?.Name ?? new LocalizedText($"{badge.Level}", $"{badge.Level}"),
            level?.Descriptor, badge.Feedback, badge.NextStep, badge.Observation, badge.AwardedAt, round?.Name, round?.Venue?.Name, EvidenceOf(badge.MilestoneIds));
    }

    public ProfileRecognition RecognitionOf((Recognition Recognition, TeamRound Round) item) =>
        new(item.Recognition.Id, Challenge.Id, Team.Id, item.Recognition.Category.Name, item.Recognition.Reason, item.Recognition.Words,
            item.Round.Name, item.Round.Venue!.Name, item.Recognition.AgreedAt, EvidenceOf(item.Recognition.MilestoneIds));

    private ImmutableArray<ProfileEvidence> EvidenceOf(ImmutableArray<Guid> milestoneIds) =>
    [
        .. Milestones.Where(m => milestoneIds.Contains(m.Id)).Select(m => m.AuthorId == Pupil.Id
            ? new ProfileEvidence(m.Id, true, m.Title, m.Story, m.PhotoIds ?? [], m.LoggedAt)
            : new ProfileEvidence(m.Id, false, EvidenceNames.Neutral(m, Team, Challenge), null, [], m.LoggedAt)),
    ];
}
