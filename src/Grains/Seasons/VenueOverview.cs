using System.Collections.Immutable;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Recognitions;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Seasons;

/// <summary>
/// The organiser's view of one venue on the day, so that nobody is overlooked: every team there by name, with four yes/no
/// signs. <paramref name="Today"/> is the Brussels day the signs speak of. No counts per team and no order but the name.
/// </summary>
[GenerateSerializer, Immutable, Alias("VenueOverview")]
public sealed record VenueOverview(Guid VenueId, string VenueName, DateOnly Date, DateOnly Today, ImmutableArray<VenueOverviewTeam> Teams);

/// <summary>
/// One team at the venue. <paramref name="KitCheckedIn"/>: its kit is issued and every item has been checked in.
/// <paramref name="MilestoneToday"/>: it logged a milestone today. <paramref name="JurorVisitedToday"/>: a juror awarded it a
/// badge (an observation included) today, or nominated it or agreed on a recognition for it on this venue's board today.
/// <paramref name="HasRecognition"/>: the venue's jury agreed on at least one recognition for it.
/// </summary>
[GenerateSerializer, Immutable, Alias("VenueOverviewTeam")]
public sealed record VenueOverviewTeam(Guid TeamId, string Name, string School, bool KitCheckedIn, bool MilestoneToday, bool JurorVisitedToday, bool HasRecognition);

/// <summary>Reads what the venue overview needs from each team's kit, milestone log and profile, and from the venue's board.</summary>
public static class VenueOverviews
{
    public static async Task<VenueOverview> BuildAsync(IGrainFactory grains, Guid challengeId, SeasonVenue venue, DateTimeOffset now)
    {
        var today = BrusselsDay.Of(now);
        bool IsToday(DateTimeOffset moment) => BrusselsDay.Of(moment) == today;
        var board = await grains.GetGrain<IDeliberationBoardGrain>(venue.Id).GetAsync(challengeId);
        var teams = await Task.WhenAll(venue.Teams.Select(async team =>
        {
            var kit = grains.GetGrain<IKitGrain>(team.Id).GetAsync(challengeId);
            var milestones = grains.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challengeId);
            var badges = grains.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challengeId);
            var onBoard = board.Teams.FirstOrDefault(t => t.TeamId == team.Id);
            var kitDone = (await kit) is { IssuedAt: not null, Items: { IsEmpty: false } items } && items.All(i => i.CheckedInAt is not null);
            var visited = (await badges).Any(b => b.JurorId is not null && IsToday(b.AwardedAt))
                || onBoard?.Nominations.Any(n => IsToday(n.NominatedAt)) == true
                || onBoard?.Recognitions.Any(r => IsToday(r.AgreedAt)) == true;
            return new VenueOverviewTeam(team.Id, team.Name, team.School, kitDone, (await milestones).Any(m => IsToday(m.LoggedAt)), visited,
                onBoard?.Recognitions.IsEmpty == false);
        }));
        return new VenueOverview(venue.Id, venue.Name, venue.Date, today, [.. teams]);
    }
}
