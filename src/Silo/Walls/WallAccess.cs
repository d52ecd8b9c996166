using ChallengeHub.Grains.Problems;
using System.Security.Claims;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Silo.Access;
using Microsoft.Extensions.Options;

namespace ChallengeHub.Silo.Walls;

/// <summary>Settings of the <c>Walls</c> section.</summary>
public sealed class WallSettings
{
    /// <summary>
    /// How many days a closed challenge's wall stays public after closing; after that only the challenge's signed-in staff
    /// (organiser, coaches, jurors) can read it. 0 ends the public wall at closing.
    /// </summary>
    public int PublicDaysAfterClosing { get; set; } = 30;
}

/// <summary>
/// Who may read a challenge's wall (snapshot, photos, live updates). The wall is public while the challenge is open, running
/// or in its showcase, and for <see cref="WallSettings.PublicDaysAfterClosing"/> days after it closed; a draft challenge's
/// wall, and a closed one's after that, is for the challenge's signed-in staff only. Everyone else gets the answer of a
/// wall that does not exist.
/// </summary>
public sealed class WallAccess(IGrainFactory grains, ChallengeRelations relations, IOptions<WallSettings> settings, TimeProvider time)
{
    private static readonly Relation[] Staff = [Relation.Organiser, Relation.ChallengeCoach, Relation.Juror];

    public async Task EnsureReadableAsync(ClaimsPrincipal? user, Guid challengeId)
    {
        var challenge = await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync();
        if (challenge is not null
            && (IsPublic(challenge, settings.Value, time.GetUtcNow()) || await relations.HasAnyAsync(user is null ? null : Caller.From(user), challengeId, null, Staff)))
        {
            return;
        }

        // The answer of a challenge that does not exist: a draft is not announced yet.
        throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, challengeId);
    }

    /// <summary>Whether anyone may read the challenge's wall at <paramref name="now"/>.</summary>
    public static bool IsPublic(ChallengeDetails challenge, WallSettings settings, DateTimeOffset now) => challenge.Status switch
    {
        ChallengeStatus.Open or ChallengeStatus.Running or ChallengeStatus.Showcase => true,
        ChallengeStatus.Closed => challenge.Closing is { } closing && now < closing.ClosedAt.AddDays(settings.PublicDaysAfterClosing),
        _ => false,
    };
}
