using System.Buffers.Text;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>
/// Revocation read the way any verifier reads it: from the Bitstring Status List the credential points at, signed by the
/// same issuer, with the badge's own bit.
/// </summary>
public sealed class StatusListTests(SiloFixture silo)
{
    [Fact]
    public async Task ARevokedBadgesBitIsSetInItsChallengesSignedListAndAStandingBadgesIsNot()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var revoked = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        var standing = await organiser.AwardBadgeAsync(team, "bedraden", 3);
        using var anonymous = silo.CreateAnonymousClient();
        var revokedStatus = await StatusOfAsync(anonymous, revoked.Id, cancellationToken);
        var standingStatus = await StatusOfAsync(anonymous, standing.Id, cancellationToken);

        using var revoke = await organiser.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/badges/{revoked.Id}/revoke", new { reason = "Dubbel uitgereikt." }, ApiClient.Json, cancellationToken);
        revoke.EnsureSuccessStatusCode();
        var listJws = await anonymous.GetStringAsync(new Uri(revokedStatus.GetProperty("statusListCredential").GetString()!).PathAndQuery, cancellationToken);
        var list = IssuedCredential.Payload(listJws);
        var bits = Decode(list.GetProperty("credentialSubject").GetProperty("encodedList").GetString()!);

        Assert.Equal(revokedStatus.GetProperty("statusListCredential").GetString(), standingStatus.GetProperty("statusListCredential").GetString());
        Assert.Equal("revocation", revokedStatus.GetProperty("statusPurpose").GetString());
        Assert.True(await VerifiesAgainstItsKidAsync(anonymous, listJws, cancellationToken));
        Assert.Contains("BitstringStatusListCredential", list.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("revocation", list.GetProperty("credentialSubject").GetProperty("statusPurpose").GetString());
        Assert.Equal($"/issuers/{challenge.Id}", new Uri(list.GetProperty("issuer").GetString()!).AbsolutePath);
        Assert.True(bits.Length * 8 >= 131_072);
        Assert.True(IsSet(bits, Index(revokedStatus)));
        Assert.False(IsSet(bits, Index(standingStatus)));
        Assert.Equal(1, bits.Sum(b => System.Numerics.BitOperations.PopCount(b)));
    }

    [Fact]
    public async Task EveryBadgeHasItsOwnIndexAndTheIndexesDoNotFollowTheOrderOfAwards()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        using var anonymous = silo.CreateAnonymousClient();
        var indexes = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            var badge = await organiser.AwardBadgeAsync(team, "bedraden", 1 + (i % 4));
            indexes.Add(Index(await StatusOfAsync(anonymous, badge.Id, cancellationToken)));
        }

        Assert.Equal(indexes.Count, indexes.Distinct().Count());
        Assert.NotEqual(indexes.Order(), indexes);
        Assert.True(indexes.Max() - indexes.Min() > indexes.Count, $"Indexes packed together: {string.Join(", ", indexes)}");
    }

    private static async Task<JsonElement> StatusOfAsync(HttpClient anonymous, Guid badgeId, CancellationToken cancellationToken) =>
        IssuedCredential.Payload(await IssuedCredential.JwsAsync(anonymous, badgeId, cancellationToken)).GetProperty("credentialStatus");

    private static int Index(JsonElement status) => int.Parse(status.GetProperty("statusListIndex").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsSet(byte[] bits, int index) => (bits[index / 8] & (0x80 >> (index % 8))) != 0;

    /// <summary>Multibase base64url ("u"), then GZIP, as the Bitstring Status List specification says.</summary>
    private static byte[] Decode(string encodedList)
    {
        Assert.StartsWith("u", encodedList, StringComparison.Ordinal);
        using var gzip = new GZipStream(new MemoryStream(Base64Url.DecodeFromChars(encodedList.AsSpan(1))), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        gzip.CopyTo(bits);
        return bits.ToArray();
    }

    private static async Task<bool> VerifiesAgainstItsKidAsync(HttpClient anonymous, string jws, CancellationToken cancellationToken)
    {
        var kid = IssuedCredential.Header(jws).GetProperty("kid").GetString()!;
        var key = new JsonWebKey(await anonymous.GetStringAsync(new Uri(kid).PathAndQuery, cancellationToken));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jws, new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidAlgorithms = ["RS256"],
            ValidateAudience = false,
            ValidateIssuer = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        return result.IsValid;
    }
}
