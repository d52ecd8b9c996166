using System.Buffers.Text;
using System.IO.Compression;
using System.Text.Json.Nodes;
using ChallengeHub.Grains.Badges.Status;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>
/// Revocation as a W3C Bitstring Status List (2025): every badge's credential points at its challenge's one list and its own
/// index; the list credential carries the bits, GZIP-compressed and multibase base64url-encoded, a set bit meaning revoked.
/// </summary>
public static class StatusLists
{
    public const string Path = "/credentials/status";

    public static string ListId(string origin, Guid challengeId) => $"{origin}{Path}/{challengeId}";

    /// <summary>The <c>credentialStatus</c> of a badge whose index in its challenge's list is <paramref name="index"/>.</summary>
    public static JsonObject Entry(string origin, Guid challengeId, int index) => new()
    {
        ["id"] = $"{ListId(origin, challengeId)}#{index}",
        ["type"] = "BitstringStatusListEntry",
        ["statusPurpose"] = "revocation",
        ["statusListIndex"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["statusListCredential"] = ListId(origin, challengeId),
    };

    /// <summary>The unsigned status list credential of a challenge, issued by the same issuer as its badges (verifiers check that).</summary>
    public static JsonObject Credential(string origin, Guid challengeId, StatusList list, DateTimeOffset now) => new()
    {
        ["@context"] = new JsonArray(BadgeCredentials.VcContext),
        ["id"] = ListId(origin, challengeId),
        ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
        ["issuer"] = BadgeCredentials.IssuerId(origin, challengeId),
        ["validFrom"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["credentialSubject"] = new JsonObject
        {
            ["id"] = $"{ListId(origin, challengeId)}#list",
            ["type"] = "BitstringStatusList",
            ["statusPurpose"] = "revocation",
            ["encodedList"] = EncodedList(list),
        },
    };

    /// <summary>The bits, index 0 the left-most bit of the first byte, GZIP-compressed, as multibase base64url ("u" prefix, no padding).</summary>
    public static string EncodedList(StatusList list)
    {
        var bits = new byte[list.Length / 8];
        foreach (var index in list.Revoked)
        {
            bits[index / 8] |= (byte)(0x80 >> (index % 8));
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize))
        {
            gzip.Write(bits);
        }

        return "u" + Base64Url.EncodeToString(compressed.ToArray());
    }
}
