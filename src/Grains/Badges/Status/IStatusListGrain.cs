using System.Collections.Immutable;

namespace ChallengeHub.Grains.Badges.Status;

/// <summary>
/// The revocation status of every badge a challenge issues, published as one W3C Bitstring Status List: one list per issuer
/// (a challenge), so that fetching it does not tell ChallengeHub which badge is being checked. Each badge gets its own index
/// when it is awarded, drawn at random among the free ones (the list does not reveal the order of awards), never reused.
/// Keyed by challenge id.
/// </summary>
[Alias("IStatusListGrain")]
public interface IStatusListGrain : IGrainWithGuidKey
{
    /// <summary>The badge's index in the list, drawing and storing one on the first call. 409 when the list is full.</summary>
    [Alias("Assign")]
    Task<int> AssignAsync(Guid badgeId);

    /// <summary>Sets the badge's bit: revoked for every verifier reading the list. Durable before it returns; repeating it changes nothing.</summary>
    [Alias("Revoke")]
    Task RevokeAsync(Guid badgeId);

    /// <summary>The list as it stands: its length and the indexes whose bit is set.</summary>
    [Alias("Get")]
    Task<StatusList> GetAsync();
}

/// <summary>A status list: <paramref name="Length"/> bits, of which <paramref name="Revoked"/> are set.</summary>
[GenerateSerializer, Immutable, Alias("StatusList")]
public sealed record StatusList(int Length, ImmutableArray<int> Revoked);
