using System.Collections.Immutable;
using ChallengeHub.Grains.Badges.Attributions;
using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Profiles;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Privacy;

/// <summary>The one list of grains that keep pupil data, for a pupil of <c>teamId</c> in <c>challengeId</c>.</summary>
public static class PupilDataHolders
{
    /// <summary>The grain interfaces in the list; a test checks that every grain keeping pupil data is one of them.</summary>
    public static readonly ImmutableArray<Type> Types = [typeof(ITeamGrain), typeof(IMilestoneLogGrain), typeof(IEvidenceGrain), typeof(IBadgeAttributionsGrain), typeof(IBudgetGrain),
        typeof(IWallGrain), typeof(IShowcaseGrain)];

    /// <summary>
    /// Grains keyed by something other than the team that only point at a pupil (where a recovery code belongs), with the holder
    /// that erases them together with the pupil; they hold nothing to export.
    /// </summary>
    public static readonly ImmutableDictionary<Type, Type> Pointers = ImmutableDictionary<Type, Type>.Empty
        .Add(typeof(IRecoveryCodeLocatorGrain), typeof(IBadgeAttributionsGrain));

    /// <summary>In erase order: the team first, so that no new session or consent of the pupil starts while the rest is erased.</summary>
    public static ImmutableArray<IPupilDataHolder> For(IGrainFactory grains, Guid challengeId, Guid teamId) =>
    [
        grains.GetGrain<ITeamGrain>(teamId),
        grains.GetGrain<IMilestoneLogGrain>(teamId),
        grains.GetGrain<IEvidenceGrain>(teamId),
        grains.GetGrain<IBadgeAttributionsGrain>(teamId),
        grains.GetGrain<IBudgetGrain>(teamId),
        grains.GetGrain<IWallGrain>(challengeId),
        grains.GetGrain<IShowcaseGrain>(challengeId),
    ];
}
