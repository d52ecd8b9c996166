using System.Collections.Immutable;

namespace ChallengeHub.Grains.Badges.Credentials;

/// <summary>
/// A badge's signed credentials as issued, one per proof format, kept so that every request serves the very bytes signed at
/// issuance (never a copy re-signed for whoever asks, with whatever address the request carries). Keyed by badge id.
/// </summary>
[Alias("IIssuedCredentialsGrain")]
public interface IIssuedCredentialsGrain : IGrainWithGuidKey
{
    /// <summary>The stored credentials, one per format; empty before the badge's first issuance.</summary>
    [Alias("Get")]
    Task<ImmutableArray<IssuedCredential>> GetAsync();

    /// <summary>
    /// Stores the credentials of one issuance, replacing an earlier one (a re-issue when what the credential says about the
    /// badge's pupils changed). Durable before it returns.
    /// </summary>
    [Alias("Store")]
    Task StoreAsync(ImmutableArray<IssuedCredential> credentials);
}

/// <summary>
/// One signed form of a badge's credential: <paramref name="Format"/> names the proof format (such as <c>vc+jwt</c>),
/// <paramref name="Content"/> is the signed text exactly as served (a compact JWS, or a JSON-LD document with its proof).
/// </summary>
[GenerateSerializer, Immutable, Alias("IssuedCredential")]
public sealed record IssuedCredential(string Format, string Content, DateTimeOffset IssuedAt);
