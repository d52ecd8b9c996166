using System.Security.Claims;
using ChallengeHub.Grains.Accounts;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// Who makes a request, as the session cookie or bearer token says: an account id and role, and for a pupil the team and
/// challenge they joined. <c>null</c> from <see cref="From"/> is the anonymous public. A browser session also has a
/// <paramref name="SessionId"/>, which signing out ends on the server.
/// </summary>
public sealed record Caller(Guid Id, Role Role, string DisplayName, int SessionVersion, Guid? TeamId = null, Guid? ChallengeId = null, Guid? SessionId = null)
{
    public const string SessionIdClaim = "challengehub:sid";
    public const string TeamClaim = "challengehub:team";
    public const string ChallengeClaim = "challengehub:challenge";
    public const string SessionVersionClaim = "challengehub:sv";

    public static Caller? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || !Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), ignoreCase: true, out var role)
            || !int.TryParse(user.FindFirstValue(SessionVersionClaim), out var version))
        {
            return null;
        }

        return new Caller(id, role, user.FindFirstValue(ClaimTypes.Name) ?? string.Empty, version,
            Guid.TryParse(user.FindFirstValue(TeamClaim), out var team) ? team : null,
            Guid.TryParse(user.FindFirstValue(ChallengeClaim), out var challenge) ? challenge : null,
            Guid.TryParse(user.FindFirstValue(SessionIdClaim), out var session) ? session : null);
    }

    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, Id.ToString()),
            new(ClaimTypes.Role, Role.ToString().ToLowerInvariant()),
            new(ClaimTypes.Name, DisplayName),
            new(SessionVersionClaim, SessionVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (TeamId is { } team)
        {
            claims.Add(new(TeamClaim, team.ToString()));
        }

        if (ChallengeId is { } challenge)
        {
            claims.Add(new(ChallengeClaim, challenge.ToString()));
        }

        if (SessionId is { } session)
        {
            claims.Add(new(SessionIdClaim, session.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
