using System.Collections.Immutable;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Walls;
using ChallengeHub.Silo.Hosting;
using ChallengeHub.Silo.Showcase;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChallengeHub.Silo.Live;

/// <summary>
/// <c>/hubs/challenge</c>. Clients watch a challenge's wall, its showcase, a team's offers or pupils, or their own offers, and then
/// receive <c>wallDelta</c>, <c>showcaseTeam</c>, <c>offer</c>, <c>pupilJoined</c>, <c>joinRequested</c> or <c>seasonChanged</c> messages, pushed through <see cref="HubPushObserver"/> on whichever silo they are connected to.
/// Each watch method asks what the matching HTTP read asks, and like the wall answers with the current state after joining.
/// </summary>
public sealed class LiveHub(IGrainFactory grains, ChallengeRelations relations, WallAccess wallAccess, ShowcaseWatchers showcaseWatchers) : Hub
{
    public const string WallDeltaMethod = "wallDelta";
    public const string ShowcaseTeamMethod = "showcaseTeam";
    public const string OfferMethod = "offer";
    public const string PupilJoinedMethod = "pupilJoined";
    public const string JoinRequestedMethod = "joinRequested";
    public const string SeasonChangedMethod = "seasonChanged";

    /// <summary>Joins the challenge's group first, then returns the snapshot, so no delta falls between the two.</summary>
    /// <remarks>Public like the wall itself; every hub method says who may call it.</remarks>
    /// <remarks>Public like the wall itself, as long as the wall is public (see <see cref="WallAccess"/>); every hub method says who may call it.</remarks>
    [AllowAnonymous]
    public async Task<WallSnapshot> WatchChallenge(Guid challengeId)
    {
        try
        {
            await wallAccess.EnsureReadableAsync(Context.User, challengeId);
        }
        catch (DomainException exception)
        {
            throw (ProblemTypes.Find(exception.Code) ?? ProblemTypes.Unexpected).ToHubException(exception.Detail);
        }

        return await JoinThenReadAsync(GroupOf(challengeId), () => grains.GetGrain<IWallGrain>(challengeId).GetSnapshotAsync());
    }

    [AllowAnonymous]
    public Task UnwatchChallenge(Guid challengeId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(challengeId), Context.ConnectionAborted);

    /// <summary>The showcase feed, then every change of what it shows of a team; for whoever may read the showcase.</summary>
    /// <remarks>
    /// The organiser and invited employers watch in one group; everyone who may read only because the showcase is public in
    /// another, which receives changes only while the showcase is public: a showcase made private stops reaching them at once.
    /// </remarks>
    [Authorize(Policy = AccessPolicies.ViewShowcase)]
    public async Task<ShowcaseFeed> WatchShowcase(Guid challengeId)
    {
        var caller = Context.User is { } user ? Caller.From(user) : null;
        var member = await relations.HasAnyAsync(caller, challengeId, null, [Relation.Organiser, Relation.Employer]);
        // Counted before the read, so that a change after the read is built for this connection too.
        showcaseWatchers.Add(Context.ConnectionId, challengeId);
        try
        {
            // An employer invited to one venue watches that venue's teams alone, in one group per team.
            if (await relations.VenueTeamsAsync(caller, challengeId) is { } venueTeams)
            {
                foreach (var team in venueTeams)
                {
                    await Groups.AddToGroupAsync(Context.ConnectionId, ShowcaseTeamGroupOf(challengeId, team), Context.ConnectionAborted);
                }

                return ShowcaseApi.ForVenue(await grains.GetGrain<IShowcaseGrain>(challengeId).GetFeedAsync(), venueTeams);
            }

            return await JoinThenReadAsync(member ? ShowcaseGroupOf(challengeId) : PublicShowcaseGroupOf(challengeId),
                () => grains.GetGrain<IShowcaseGrain>(challengeId).GetFeedAsync());
        }
        catch
        {
            showcaseWatchers.Remove(Context.ConnectionId, challengeId);
            throw;
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        showcaseWatchers.Disconnected(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>The offers made to the team, then every new offer and answer; for the team's coach and the organiser.</summary>
    [Authorize(Policy = AccessPolicies.CoachTeam)]
    public Task<ImmutableArray<Offer>> WatchTeamOffers(Guid challengeId, Guid teamId) =>
        JoinThenReadAsync(TeamOffersGroupOf(challengeId, teamId), () => grains.GetGrain<IOffersGrain>(challengeId).ListForTeamAsync(teamId));

    /// <summary>The offers the caller made (an employer), or every offer of the challenge (the organiser), then every new offer and answer.</summary>
    /// <remarks>The employer learns the coach's answer as soon as it is given, without reloading the showcase.</remarks>
    [Authorize(Policy = AccessPolicies.FollowOffers)]
    public Task<ImmutableArray<Offer>> WatchOffers(Guid challengeId)
    {
        var caller = Caller.From(Context.User!)!;
        var employer = caller.Role == Role.Employer ? caller.Id : (Guid?)null;
        return JoinThenReadAsync(employer is { } id ? EmployerOffersGroupOf(challengeId, id) : AllOffersGroupOf(challengeId),
            () => grains.GetGrain<IOffersGrain>(challengeId).ListByEmployerAsync(employer));
    }

    /// <summary>The team's pupils, then every pupil who joins it and every nickname that asks to; for the team's coach and the organiser.</summary>
    [Authorize(Policy = AccessPolicies.CoachTeam)]
    public Task<ImmutableArray<Pupil>> WatchTeamPupils(Guid challengeId, Guid teamId) =>
        JoinThenReadAsync(TeamPupilsGroupOf(challengeId, teamId), async () =>
        {
            await TeamLookup.FindAsync(grains, challengeId, teamId);
            return await grains.GetGrain<ITeamGrain>(teamId).ListPupilsAsync();
        });

    public static string GroupOf(Guid challengeId) => $"challenge:{challengeId:N}";

    public static string ShowcaseGroupOf(Guid challengeId) => $"showcase:{challengeId:N}";

    public static string PublicShowcaseGroupOf(Guid challengeId) => $"showcase-public:{challengeId:N}";

    /// <summary>The watchers of one team's showcase entries: employers invited to the venue the team goes to.</summary>
    public static string ShowcaseTeamGroupOf(Guid challengeId, Guid teamId) => $"showcase-team:{challengeId:N}:{teamId:N}";

    public static string TeamOffersGroupOf(Guid challengeId, Guid teamId) => $"offers:{challengeId:N}:{teamId:N}";

    public static string EmployerOffersGroupOf(Guid challengeId, Guid employerId) => $"offers-by:{challengeId:N}:{employerId:N}";

    public static string AllOffersGroupOf(Guid challengeId) => $"offers-all:{challengeId:N}";

    public static string TeamPupilsGroupOf(Guid challengeId, Guid teamId) => $"pupils:{challengeId:N}:{teamId:N}";

    /// <summary>Joins the group first, then reads, so that nothing pushed falls between the two; leaves it again when the read is refused.</summary>
    private async Task<T> JoinThenReadAsync<T>(string group, Func<Task<T>> read)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        try
        {
            return await read();
        }
        catch (DomainException exception)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
            throw (ProblemTypes.Find(exception.Code) ?? ProblemTypes.Unexpected).ToHubException(exception.Detail);
        }
    }
}
