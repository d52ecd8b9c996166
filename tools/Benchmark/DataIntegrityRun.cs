using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.Proofs;

namespace ChallengeHub.Benchmark;

/// <summary>
/// Time to sign and to verify one badge-shaped OB 3.0 credential with an eddsa-rdfc-2022 Data Integrity proof
/// (JSON-LD to RDF, RDFC-1.0, SHA-256, Ed25519), in process, one at a time.
/// </summary>
internal static class DataIntegrityRun
{
    public static string Run(int rounds)
    {
        var key = Ed25519Multikey.Generate();
        const string method = "https://challengehub.example/keys/ed25519";
        for (var i = 0; i < 20; i++)
        {
            EddsaRdfc2022.Verify(EddsaRdfc2022.Sign(Credential(i), key, method, DateTimeOffset.UtcNow), _ => key);
        }

        var sign = new List<double>();
        var verify = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var credential = Credential(i);
            var watch = Stopwatch.StartNew();
            var signed = EddsaRdfc2022.Sign(credential, key, method, DateTimeOffset.UtcNow);
            sign.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            if (!EddsaRdfc2022.Verify(signed, _ => key).Verified)
            {
                throw new InvalidOperationException("A freshly signed credential did not verify.");
            }
            verify.Add(watch.Elapsed.TotalMilliseconds);
        }
        return $"eddsa-rdfc-2022, {rounds} credentials: sign {Summary(sign)}; verify {Summary(verify)}";
    }

    private static string Summary(List<double> ms)
    {
        ms.Sort();
        string At(double q) => ms[(int)Math.Min(ms.Count - 1, q * ms.Count)].ToString("0.00", CultureInfo.InvariantCulture);
        return $"median {At(0.5)} ms, p95 {At(0.95)} ms";
    }

    private static JsonObject Credential(int n) => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
        ["id"] = $"https://challengehub.example/badges/{n}",
        ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
        ["name"] = "Schakelingen bouwen: Zelfstandig",
        ["issuer"] = new JsonObject { ["id"] = "https://challengehub.example/issuers/1", ["type"] = new JsonArray("Profile"), ["name"] = "Elektro Challenge" },
        ["validFrom"] = "2027-03-18T10:15:00Z",
        ["credentialSubject"] = new JsonObject
        {
            ["id"] = $"urn:uuid:{Guid.NewGuid()}",
            ["type"] = new JsonArray("AchievementSubject"),
            ["achievement"] = new JsonObject
            {
                ["id"] = "https://challengehub.example/issuers/1/achievements/c1",
                ["type"] = new JsonArray("Achievement"),
                ["name"] = "Schakelingen bouwen",
                ["description"] = "Een schakeling volgens schema bouwen en testen.",
                ["criteria"] = new JsonObject { ["narrative"] = "Zelfstandig (niveau 3/4)" },
            },
            ["result"] = new JsonArray(new JsonObject { ["type"] = new JsonArray("Result"), ["value"] = "Zelfstandig" }),
        },
        ["evidence"] = new JsonArray(new JsonObject
        {
            ["id"] = $"https://challengehub.example/evidence/{n}",
            ["type"] = new JsonArray("Evidence"),
            ["name"] = "Observatie door de jury ter plaatse",
            ["narrative"] = "Het team testte elke tak voor het de batterij aansloot.",
        }),
        ["credentialStatus"] = new JsonObject
        {
            ["id"] = $"https://challengehub.example/status/1#{n}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = "revocation",
            ["statusListIndex"] = n.ToString(CultureInfo.InvariantCulture),
            ["statusListCredential"] = "https://challengehub.example/status/1",
        },
    };
}
