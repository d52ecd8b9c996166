using System.Security.Claims;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Teams;
using Microsoft.AspNetCore.Authentication;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// A session (cookie or bearer token) counts only while its account or pupil still exists with the same session version:
/// a PIN reset or an erased pupil ends their sessions on every tablet at once. A browser session that was signed out stays
/// ended, also for a copy of its cookie. The account read for the check is kept for the rest of the request
/// (<see cref="CheckedCaller"/>), so that authorization does not read it again.
/// </summary>
internal sealed class SessionValidation(IGrainFactory grains, CheckedCaller checkedCaller) : IClaimsTransformation
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return principal;
        }

        if (Caller.From(principal) is not { } caller)
        {
            return Anonymous;
        }

        var account = caller.Role == Role.Pupil ? null : await grains.GetGrain<IAccountGrain>(caller.Id).GetAsync();
        var current = caller.Role == Role.Pupil
            ? caller.TeamId is { } team ? (await grains.GetGrain<ITeamGrain>(team).GetPupilAsync(caller.Id))?.SessionVersion : null
            : account?.SessionVersion;
        if (current != caller.SessionVersion
            || (caller.SessionId is { } session && await grains.GetGrain<ISessionGrain>(session).IsEndedAsync()))
        {
            return Anonymous;
        }

        if (account is not null)
        {
            checkedCaller.Checked(caller, account);
        }

        return principal;
    }
}
