using System.Security.Claims;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Teams;
using Microsoft.AspNetCore.Authentication;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// A session (cookie or bearer token) counts only while its account or pupil still exists with the same session version:
/// a PIN reset or an erased pupil ends their sessions on every tablet at once.
/// </summary>
internal sealed class SessionValidation(IGrainFactory grains) : IClaimsTransformation
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

        var current = caller.Role == Role.Pupil
            ? caller.TeamId is { } team ? (await grains.GetGrain<ITeamGrain>(team).GetPupilAsync(caller.Id))?.SessionVersion : null
            : (await grains.GetGrain<IAccountGrain>(caller.Id).GetAsync())?.SessionVersion;
        return current == caller.SessionVersion ? principal : Anonymous;
    }
}
