using System.Collections.Immutable;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Seasons;

/// <summary>Turns the stored season into what screens show: venues with their teams by name, and one team's season.</summary>
public static class SeasonView
{
    public static SeasonDetails Of(Guid challengeId, SeasonState state, ImmutableArray<TeamDetails> teams, bool withInvitations) =>
        new(challengeId, [.. state.Rounds.Select(round => new SeasonRound(
            round.Id,
            round.Name,
            [.. round.Venues.Select(venue => VenueOf(venue, state, teams))],
            withInvitations ? state.Invitations.FirstOrDefault(i => i.RoundId == round.Id) : null))]);

    /// <summary>
    /// The team's rounds, and the round in which it first showed each level. A badge belongs to the first round whose day (the
    /// day of the team's venue there, or else the round's last venue day) is on or after the day it was awarded, Brussels time;
    /// a badge after the last round belongs to the last one.
    /// </summary>
    public static TeamSeason ForTeam(Guid teamId, SeasonDetails season, ChallengeDetails challenge, ImmutableArray<Badge> badges)
    {
        var rounds = season.Rounds.Select(round => new TeamRound(
            round.Id,
            round.Name,
            round.Venues.FirstOrDefault(v => v.Teams.Any(t => t.Id == teamId)),
            round.Invitation?.TeamIds.Contains(teamId) == true,
            round.Invitation?.TeamIds.Contains(teamId) == true ? round.Invitation.Reason : null)).ToImmutableArray();
        var days = season.Rounds.Zip(rounds, (round, mine) => (round, day: mine.Venue?.Date ?? (round.Venues.IsEmpty ? (DateOnly?)null : round.Venues.Max(v => v.Date))))
            .Where(r => r.day is not null).ToList();

        SeasonRound? RoundOf(DateTimeOffset shownAt)
        {
            var day = BrusselsDay.Of(shownAt);
            return days.FirstOrDefault(r => r.day >= day).round ?? days.LastOrDefault().round;
        }

        var order = challenge.Competences.Select((c, i) => (c.Id, i)).ToDictionary(c => c.Id, c => c.i);
        var levels = badges.Where(b => b.Revocation is null)
            .GroupBy(b => (b.CompetenceId, b.Level))
            .Select(g => g.MinBy(b => b.AwardedAt)!)
            .OrderBy(b => order.GetValueOrDefault(b.CompetenceId, int.MaxValue)).ThenBy(b => b.Level)
            .Select(b => RoundOf(b.AwardedAt) is { } round
                ? new LevelFirstShown(b.CompetenceId, b.Level, round.Id, round.Name, b.AwardedAt)
                : new LevelFirstShown(b.CompetenceId, b.Level, null, null, b.AwardedAt));
        return new TeamSeason(teamId, rounds, [.. levels]);
    }

    private static SeasonVenue VenueOf(Venue venue, SeasonState state, ImmutableArray<TeamDetails> teams)
    {
        var here = state.Assignments.Where(a => a.VenueId == venue.Id).Select(a => a.TeamId).ToHashSet();

        // The registry is kept in name order, so the venue's teams are too.
        return new SeasonVenue(venue.Id, venue.Name, venue.Date, venue.Address,
            [.. teams.Where(t => here.Contains(t.Id)).Select(t => new TeamReference(t.Id, t.Name, t.School))]);
    }
}
