using System.Net;
using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.Proofs;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>A challenge's issuer is a did:web DID whose document carries the Ed25519 Multikeys of its Data Integrity proofs.</summary>
public sealed class IssuerDidDocumentTests(SiloFixture silo)
{
    [Fact]
    public async Task TheIssuerDidDocumentListsAnEd25519MultikeyForAssertions()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var anonymous = silo.CreateAnonymousClient();

        using var response = await anonymous.GetAsync($"/issuers/{challenge.Id}/did.json", cancellationToken);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/did+json", response.Content.Headers.ContentType!.MediaType);
        var authority = silo.BaseAddress.IsDefaultPort ? silo.BaseAddress.Host : $"{silo.BaseAddress.Host}%3A{silo.BaseAddress.Port}";
        var did = $"did:web:{authority}:issuers:{challenge.Id}";
        Assert.Equal(did, document["id"]!.GetValue<string>());
        var method = Assert.Single(document["verificationMethod"]!.AsArray())!;
        Assert.Equal("Multikey", method["type"]!.GetValue<string>());
        Assert.Equal(did, method["controller"]!.GetValue<string>());
        Assert.StartsWith(did + "#", method["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(method["id"]!.GetValue<string>(), Assert.Single(document["assertionMethod"]!.AsArray())!.GetValue<string>());
        var key = Ed25519Multikey.FromPublicKeyMultibase(method["publicKeyMultibase"]!.GetValue<string>());
        Assert.False(key.CanSign);
    }

    [Fact]
    public async Task AnUnknownIssuerHasNoDidDocument()
    {
        using var anonymous = silo.CreateAnonymousClient();

        using var response = await anonymous.GetAsync($"/issuers/{Guid.NewGuid()}/did.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
