using System.Text.Json.Nodes;
using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.LinkedData.Proofs;
using ChallengeHub.Silo.Badges.Credentials.Issuance;

namespace ChallengeHub.Silo.Badges.Credentials.DataIntegrity;

/// <summary>
/// Secures a credential with an embedded Data Integrity proof (<c>eddsa-rdfc-2022</c>, the newest Ed25519 key of the ring),
/// the form the Digital Credentials Consortium's wallet and verifier check. The issuer becomes its did:web spelling (see
/// <see cref="DidWeb"/>) and the status entry points at the Data Integrity copy of the same list, whose issuer is that
/// DID too: verifiers require the proof's controller, the issuer and the list's issuer to be one.
/// </summary>
public sealed class DataIntegritySigner(IGrainFactory grains, TimeProvider time) : ICredentialSigner
{
    public const string DataIntegrityFormat = "vc+ld+json";

    /// <summary>The media type of a JSON-LD credential with an embedded proof.</summary>
    public const string MediaType = "application/vc+ld+json";

    /// <summary>What the Data Integrity copy of a status list's address ends with.</summary>
    public const string Extension = ".jsonld";

    public string Format => DataIntegrityFormat;

    public async Task<string> SignAsync(JsonObject credential, string origin)
    {
        if (credential["issuer"] is JsonObject issuer)
        {
            issuer["id"] = DidWeb.FromAddress(issuer["id"]!.GetValue<string>());
        }
        else if (credential["issuer"] is JsonValue issuerId)
        {
            credential["issuer"] = DidWeb.FromAddress(issuerId.GetValue<string>());
        }

        if (credential["credentialStatus"] is JsonObject { } status && status["type"]?.GetValue<string>() == "BitstringStatusListEntry")
        {
            var list = status["statusListCredential"]!.GetValue<string>() + Extension;
            status["statusListCredential"] = list;
            status["id"] = $"{list}#{status["statusListIndex"]!.GetValue<string>()}";
        }

        // The 1EdTech AchievementCredential schema takes `proof` as an array (a proof set of one); verifiers read both forms.
        var signed = await SignDocumentAsync(credential);
        var proof = signed["proof"]!;
        signed.Remove("proof");
        signed["proof"] = new JsonArray(proof);
        return signed.ToJsonString();
    }

    /// <summary>Adds the proof to a document whose issuer is already a did:web DID.</summary>
    public async Task<JsonObject> SignDocumentAsync(JsonObject document)
    {
        var did = document["issuer"] is JsonObject o ? o["id"]!.GetValue<string>() : document["issuer"]!.GetValue<string>();
        var keys = await grains.GetGrain<IMultikeysGrain>(ISigningKeysGrain.Default).GetKeysAsync();
        return EddsaRdfc2022.Sign(document, DidWeb.Key(keys[^1]), DidWeb.MethodId(did, keys[^1]), time.GetUtcNow());
    }
}
