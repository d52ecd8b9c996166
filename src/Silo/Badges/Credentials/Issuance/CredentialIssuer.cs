using System.Collections.Immutable;
using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Grains.Badges.Status;

namespace ChallengeHub.Silo.Badges.Credentials.Issuance;

/// <summary>
/// Issues a badge's credential: builds it once, has every <see cref="ICredentialSigner"/> sign it, and stores the results
/// before answering, so that every later request serves the stored bytes. Issued when the badge is awarded; issued again
/// only when what the credential says about the badge's pupils changes (the coach's attribution, an erasure), never per
/// request. The origin is the configured public address (required outside Development).
/// </summary>
public sealed class CredentialIssuer(IGrainFactory grains, IEnumerable<ICredentialSigner> signers, TimeProvider time)
{
    private readonly ImmutableArray<ICredentialSigner> _signers = [.. signers];

    /// <summary>The stored credentials, issuing the formats not stored yet (a badge awarded before a format existed); <c>null</c> for an unknown badge.</summary>
    public async Task<ImmutableArray<IssuedCredential>?> GetOrIssueAsync(Guid badgeId, string origin)
    {
        var stored = await grains.GetGrain<IIssuedCredentialsGrain>(badgeId).GetAsync();
        var missing = _signers.Where(s => !stored.Any(c => c.Format == s.Format)).ToImmutableArray();
        return missing.IsEmpty ? stored : await IssueAsync(badgeId, origin, stored, missing);
    }

    /// <summary>Issues every format anew and stores them; <c>null</c> for an unknown badge.</summary>
    public Task<ImmutableArray<IssuedCredential>?> ReissueAsync(Guid badgeId, string origin) => IssueAsync(badgeId, origin, [], _signers);

    /// <summary>The stored credential in <paramref name="format"/>, issuing it when missing; <c>null</c> for an unknown badge.</summary>
    public async Task<string?> FindAsync(Guid badgeId, string origin, string format) =>
        (await GetOrIssueAsync(badgeId, origin))?.FirstOrDefault(c => c.Format == format)?.Content;

    private async Task<ImmutableArray<IssuedCredential>?> IssueAsync(
        Guid badgeId, string origin, ImmutableArray<IssuedCredential> kept, ImmutableArray<ICredentialSigner> signing)
    {
        if (await BadgeCredentials.FindAsync(grains, badgeId) is not { } record)
        {
            return null;
        }

        var statusIndex = await grains.GetGrain<IStatusListGrain>(record.Challenge.Id).AssignAsync(badgeId);
        var credential = BadgeCredentials.Credential(origin, record, statusIndex);
        var issued = kept.ToBuilder();
        foreach (var signer in signing)
        {
            issued.Add(new IssuedCredential(signer.Format, await signer.SignAsync(credential.DeepClone().AsObject(), origin), time.GetUtcNow()));
        }

        var result = issued.ToImmutable();
        await grains.GetGrain<IIssuedCredentialsGrain>(badgeId).StoreAsync(result);
        return result;
    }
}
