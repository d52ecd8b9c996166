using System.Collections.Immutable;
using ChallengeHub.Grains.Privacy;

namespace ChallengeHub.Grains.Badges.Attributions;

/// <summary>
/// Which pupils of a team showed each of its badges, as the coach says, and the salts that let a credential name them by a
/// salted hash only. Keyed by team id. A pupil's hashed identity is their recovery code: a random code only they see, so
/// that the hash in a public credential says nothing to anyone else, and the pupil can prove later that a badge is theirs.
/// </summary>
[Alias("IBadgeAttributionsGrain")]
public interface IBadgeAttributionsGrain : IGrainWithGuidKey, IPupilDataHolder
{
    /// <summary>
    /// Sets the pupils who showed the badge, replacing the earlier choice; an empty list removes every attribution. Pupils who
    /// stay keep their salt. 404 for a badge the team does not have, 409 for a revoked badge, 422 for someone who is not a
    /// pupil of this team.
    /// </summary>
    [Alias("Attribute")]
    Task<BadgeAttribution> AttributeAsync(Guid challengeId, Guid badgeId, AttributeBadgeRequest request);

    /// <summary>
    /// For the coach: per badge of the team that is attributed to anyone, its pupils in the order they were attributed.
    /// 404 for a team of another challenge.
    /// </summary>
    [Alias("List")]
    Task<ImmutableArray<BadgeAttribution>> ListAsync(Guid challengeId);

    /// <summary>The badge's attributed pupils as OB 3.0 identity hashes, in the order they were attributed.</summary>
    [Alias("GetHashes")]
    Task<ImmutableArray<HashedIdentity>> GetHashesAsync(Guid badgeId);

    /// <summary>
    /// For the pupil themselves: their recovery code (made on first use) and, per badge attributed to them, the salt and the
    /// hash it gives, so that they can show that a credential's identifier is theirs. 404 for someone not in the team.
    /// </summary>
    [Alias("GetForPupil")]
    Task<PupilBadgeIdentity> GetForPupilAsync(Guid challengeId, Guid pupilId);
}

/// <summary>Body of <c>PUT …/badges/{badgeId}/pupils</c>: every pupil of the team who showed the badge.</summary>
[GenerateSerializer, Immutable, Alias("AttributeBadgeRequest")]
public sealed record AttributeBadgeRequest(Guid[]? PupilIds);

/// <summary>The pupils a badge is attributed to, for their coach.</summary>
[GenerateSerializer, Immutable, Alias("BadgeAttribution")]
public sealed record BadgeAttribution(Guid BadgeId, ImmutableArray<Guid> PupilIds);

/// <summary>
/// An OB 3.0 <c>IdentityObject</c>: <paramref name="IdentityHash"/> is <c>sha256$</c> and the hex SHA-256 of the
/// recovery code followed by <paramref name="Salt"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("HashedIdentity")]
public sealed record HashedIdentity(string IdentityHash, string Salt);

/// <summary>What a pupil needs to prove a badge is theirs: the code they hash and, per badge, the salt and resulting hash.</summary>
[GenerateSerializer, Immutable, Alias("PupilBadgeIdentity")]
public sealed record PupilBadgeIdentity(string RecoveryCode, ImmutableArray<PupilBadgeHash> Badges);

[GenerateSerializer, Immutable, Alias("PupilBadgeHash")]
public sealed record PupilBadgeHash(Guid BadgeId, string Salt, string IdentityHash);
