using System.Text.Json.Nodes;

namespace ChallengeHub.Silo.Badges.Credentials.Issuance;

/// <summary>
/// One proof format for badge credentials. <see cref="CredentialIssuer"/> builds the unsigned credential once per issuance and
/// hands each registered signer its own copy, so that a second format sits beside the first without either knowing the other.
/// </summary>
public interface ICredentialSigner
{
    /// <summary>The format's name as stored and served, such as <c>vc+jwt</c>; unique among signers.</summary>
    string Format { get; }

    /// <summary>The signed credential exactly as it will be served; <paramref name="origin"/> is the address keys are published at.</summary>
    Task<string> SignAsync(JsonObject credential, string origin);
}
