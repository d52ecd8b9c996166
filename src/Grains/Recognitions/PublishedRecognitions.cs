using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Seasons;

namespace ChallengeHub.Grains.Recognitions;

/// <summary>The every-team rule of recognitions, as the closing of a challenge applies it across the season's venues.</summary>
public static class PublishedRecognitions
{
    /// <summary>
    /// The teams among <paramref name="teams"/> that hold no recognition published at any venue of the season. A challenge
    /// without venues runs as one event with no jury boards, so none is missing there.
    /// </summary>
    public static async Task<ImmutableArray<TeamReference>> TeamsWithoutAsync(IGrainFactory grains, Guid challengeId, IEnumerable<TeamReference> teams)
    {
        var season = await grains.GetGrain<ISeasonGrain>(challengeId).GetPublicAsync();
        var venues = season.Rounds.SelectMany(r => r.Venues).ToList();
        if (venues.Count == 0)
        {
            return [];
        }

        var boards = await Task.WhenAll(venues.Select(v => grains.GetGrain<IDeliberationBoardGrain>(v.Id).GetAsync(challengeId)));
        var recognised = boards.Where(b => b.Publication is not null)
            .SelectMany(b => b.Teams).Where(t => !t.Recognitions.IsEmpty).Select(t => t.TeamId).ToHashSet();
        return [.. teams.Where(t => !recognised.Contains(t.Id))];
    }

    /// <summary>The recognitions published for <paramref name="teamId"/> at any venue of the season, in the order the jury agreed on them.</summary>
    public static async Task<ImmutableArray<Recognition>> ForTeamAsync(IGrainFactory grains, Guid challengeId, Guid teamId)
    {
        var season = await grains.GetGrain<ISeasonGrain>(challengeId).GetPublicAsync();
        var boards = await Task.WhenAll(season.Rounds.SelectMany(r => r.Venues).Select(v => grains.GetGrain<IDeliberationBoardGrain>(v.Id).GetAsync(challengeId)));
        return [.. boards.Where(b => b.Publication is not null).SelectMany(b => b.Teams).Where(t => t.TeamId == teamId).SelectMany(t => t.Recognitions)];
    }
}
