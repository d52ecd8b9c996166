using System.Collections.Immutable;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// How a caller stands to a challenge and team, asked of the grains now; the one place that decides, for the policies and for
/// the reads (wall, showcase pushes) whose answer depends on who asks.
/// </summary>
/// <remarks>
/// A juror or employer invited to one venue stands in that relation only to the teams at that venue (in whichever round) and
/// to that venue's own routes, such as its deliberation board; routes about the challenge as a whole stay open to them.
/// </remarks>
public sealed class ChallengeRelations(IGrainFactory grains)
{
    /// <summary>
    /// Whether the signed-in <paramref name="caller"/> has one of <paramref name="allowed"/> (the public showcase aside) to the
    /// challenge, and to the team and venue the request names. <paramref name="account"/> is the caller's account when this
    /// request already read it (<see cref="CheckedCaller"/>); otherwise it is read here, at most once.
    /// </summary>
    public async Task<bool> HasAnyAsync(Caller? caller, Guid challengeId, Guid? teamId, IEnumerable<Relation> allowed, Guid? venueId = null,
        AccountDetails? account = null)
    {
        if (caller is null)
        {
            return false;
        }

        var accountOnce = new AccountOnce(grains, caller, account);
        foreach (var relation in allowed.Where(r => r != Relation.PublicShowcase))
        {
            if (await HasAsync(caller, accountOnce, relation, challengeId, teamId, venueId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The teams a juror or employer invited to one venue of the challenge works with; <c>null</c> when the caller is not
    /// limited to a venue. <paramref name="account"/> as in <see cref="HasAnyAsync"/>.
    /// </summary>
    public async Task<ImmutableHashSet<Guid>?> VenueTeamsAsync(Caller? caller, Guid challengeId, AccountDetails? account = null)
    {
        if (caller is not { Role: Role.Juror or Role.Employer }
            || await new AccountOnce(grains, caller, account).GetAsync() is not { } details
            || details.VenueIn(challengeId) is not { } venueId)
        {
            return null;
        }

        return await TeamsAtAsync(challengeId, venueId);
    }

    private async Task<bool> HasAsync(Caller caller, AccountOnce account, Relation relation, Guid challengeId, Guid? teamId, Guid? venueId)
    {
        switch (relation)
        {
            case Relation.TeamPupil:
                return caller.Role == Role.Pupil && teamId is { } own && caller.TeamId == own && caller.ChallengeId == challengeId;
            case Relation.ChallengePupil:
                return caller.Role == Role.Pupil && caller.ChallengeId == challengeId;
            case Relation.TeamCoach:
                return caller.Role == Role.Coach && teamId is { } team
                    && await grains.GetGrain<ITeamGrain>(team).GetAsync() is { } details
                    && details.ChallengeId == challengeId && details.CoachId == caller.Id
                    && await AccountInAsync(account, challengeId) is not null;
            default:
                var role = relation switch
                {
                    Relation.Organiser => Role.Organiser,
                    Relation.ChallengeCoach => Role.Coach,
                    Relation.Juror => Role.Juror,
                    Relation.Funder => Role.Funder,
                    _ => Role.Employer,
                };
                if (caller.Role != role || await AccountInAsync(account, challengeId) is not { } staff)
                {
                    return false;
                }

                return relation is not (Relation.Juror or Relation.Employer) || staff.VenueIn(challengeId) is not { } invitedTo
                    || await WithinVenueAsync(challengeId, invitedTo, teamId, venueId);
        }
    }

    private async Task<bool> WithinVenueAsync(Guid challengeId, Guid invitedTo, Guid? teamId, Guid? venueId) =>
        (venueId is null || venueId == invitedTo) && (teamId is not { } team || (await TeamsAtAsync(challengeId, invitedTo)).Contains(team));

    private async Task<ImmutableHashSet<Guid>> TeamsAtAsync(Guid challengeId, Guid venueId) =>
        await grains.GetGrain<ISeasonGrain>(challengeId).FindVenueAsync(venueId) is { } venue ? [.. venue.Teams.Select(t => t.Id)] : [];

    private static async Task<AccountDetails?> AccountInAsync(AccountOnce account, Guid challengeId) =>
        await account.GetAsync() is { } details && details.WorksIn(challengeId) ? details : null;

    /// <summary>The caller's account: as the request already read it, or read on first use and then kept for this decision.</summary>
    private sealed class AccountOnce(IGrainFactory grains, Caller caller, AccountDetails? known)
    {
        private Task<AccountDetails?>? _read = known is null ? null : Task.FromResult<AccountDetails?>(known);

        public Task<AccountDetails?> GetAsync() => _read ??= grains.GetGrain<IAccountGrain>(caller.Id).GetAsync();
    }
}
