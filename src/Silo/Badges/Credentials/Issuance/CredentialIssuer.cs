using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Grains.Badges.Status;

namespace ChallengeHub.Silo.Badges.Credentials.Issuance;

/// <summary>
/// What is about to be issued: the challenge whose issuer and status list the credential uses, and the unsigned credential
/// for the index it is given in that list.
/// </summary>
public sealed record CredentialDraft(Guid ChallengeId, Func<int, JsonObject> Credential);

/// <summary>
/// Issues a credential (a badge's, or a recognition's): builds it once, has every <see cref="ICredentialSigner"/> sign it, and
/// stores the results before answering, so that every later request serves the stored bytes. A badge is issued when it is
/// awarded and issued again only when what the credential says about its pupils changes (the coach's attribution, an
/// erasure), never per request. The origin is the configured public address (required outside Development).
/// </summary>
public sealed class CredentialIssuer(IGrainFactory grains, IEnumerable<ICredentialSigner> signers, TimeProvider time)
{
    private readonly ImmutableArray<ICredentialSigner> _signers = [.. signers];

    /// <summary>The stored credentials, issuing the formats not stored yet (a badge awarded before a format existed); <c>null</c> for an unknown badge.</summary>
    public Task<ImmutableArray<IssuedCredential>?> GetOrIssueAsync(Guid badgeId, string origin) => GetOrIssueAsync(badgeId, () => BadgeDraftAsync(badgeId, origin), origin);

    /// <summary>
    /// The stored credentials of <paramref name="id"/> (a badge's or a recognition's: both are random ids, so they share one
    /// store and one status list per challenge), issuing the missing formats from <paramref name="draft"/>; <c>null</c> when
    /// nothing is stored and the draft finds nothing to issue.
    /// </summary>
    public async Task<ImmutableArray<IssuedCredential>?> GetOrIssueAsync(Guid id, Func<Task<CredentialDraft?>> draft, string origin)
    {
        var stored = await grains.GetGrain<IIssuedCredentialsGrain>(id).GetAsync();
        var missing = _signers.Where(s => !stored.Any(c => c.Format == s.Format)).ToImmutableArray();
        return missing.IsEmpty ? stored : await IssueAsync(id, draft, origin, stored, missing);
    }

    /// <summary>Issues every format anew and stores them; <c>null</c> for an unknown badge.</summary>
    public Task<ImmutableArray<IssuedCredential>?> ReissueAsync(Guid badgeId, string origin) => IssueAsync(badgeId, () => BadgeDraftAsync(badgeId, origin), origin, [], _signers);

    /// <summary>
    /// Signs a credential that is built for one request and kept nowhere (a pupil's learner record) with the signer of
    /// <paramref name="format"/>: the same keys as badges, but nothing stored and no index in a status list, since there is
    /// nothing to revoke in what is made again whenever it is asked for.
    /// </summary>
    public Task<string> SignUnstoredAsync(JsonObject credential, string origin, string format) =>
        _signers.Single(s => s.Format == format).SignAsync(credential, origin);

    /// <summary>The stored credential in <paramref name="format"/>, issuing it when missing; <c>null</c> for an unknown badge.</summary>
    public async Task<string?> FindAsync(Guid badgeId, string origin, string format) =>
        (await GetOrIssueAsync(badgeId, origin))?.FirstOrDefault(c => c.Format == format)?.Content;

    private async Task<CredentialDraft?> BadgeDraftAsync(Guid badgeId, string origin) =>
        await BadgeCredentials.FindAsync(grains, badgeId) is { } record
            ? new CredentialDraft(record.Challenge.Id, index => BadgeCredentials.Credential(origin, record, index))
            : null;

    private async Task<ImmutableArray<IssuedCredential>?> IssueAsync(
        Guid id, Func<Task<CredentialDraft?>> find, string origin, ImmutableArray<IssuedCredential> kept, ImmutableArray<ICredentialSigner> signing)
    {
        if (await find() is not { } draft)
        {
            return null;
        }

        var statusIndex = await grains.GetGrain<IStatusListGrain>(draft.ChallengeId).AssignAsync(id);
        var credential = draft.Credential(statusIndex);
        var issued = kept.ToBuilder();
        foreach (var signer in signing)
        {
            issued.Add(new IssuedCredential(signer.Format, await signer.SignAsync(credential.DeepClone().AsObject(), origin), time.GetUtcNow()));
        }

        var result = issued.ToImmutable();
        await grains.GetGrain<IIssuedCredentialsGrain>(id).StoreAsync(result);
        return result;
    }
}
