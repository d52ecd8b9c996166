using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Badges.Credentials;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Badges.Credentials;
using ChallengeHub.Silo.Badges.Credentials.Issuance;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChallengeHub.Benchmark;

/// <summary>
/// <c>credentials --count N</c>: how long signing one badge credential (as at award time) and verifying it (as a verifier
/// with the published JWK does) take, in process, on a credential with evidence, an observation and two pupils' hashes.
/// </summary>
internal static class CredentialsRun
{
    public static async Task<string> RunAsync(int count)
    {
        var origin = "https://challengehub.example";
        using var rsa = RSA.Create(SigningKeysGrain.KeySize);
        var key = new SigningKey("key-1", rsa.ExportPkcs8PrivateKey(), DateTimeOffset.UtcNow);
        var kid = BadgeCredentials.KeyId(origin, key);
        var credential = BadgeCredentials.Credential(origin, Sample(), 4242);
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new JsonWebKey(PublishedKeys.Jwk(origin, key).ToJsonString()),
            ValidAlgorithms = ["RS256"],
            ValidateAudience = false,
            ValidateIssuer = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        };
        var handler = new JsonWebTokenHandler();
        var jws = JwtCredentialSigner.Sign(credential, kid, key);
        for (var i = 0; i < 20; i++)
        {
            JwtCredentialSigner.Sign(credential, kid, key);
            await handler.ValidateTokenAsync(jws, parameters);
        }

        var signing = new List<double>(count);
        var verifying = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            jws = JwtCredentialSigner.Sign(credential, kid, key);
            signing.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            var result = await handler.ValidateTokenAsync(jws, parameters);
            verifying.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!result.IsValid)
            {
                throw new InvalidOperationException("A credential signed here did not verify.", result.Exception);
            }
        }

        return $"credentials: {count} credentials of {jws.Length} characters (VC-JWT, RS256 with a {SigningKeysGrain.KeySize}-bit key)\n" +
            $"  sign:   median {Percentile(signing, 0.5):0.000} ms, p95 {Percentile(signing, 0.95):0.000} ms\n" +
            $"  verify: median {Percentile(verifying, 0.5):0.000} ms, p95 {Percentile(verifying, 0.95):0.000} ms\n";
    }

    private static double Percentile(List<double> values, double fraction) =>
        values.Order().ElementAt((int)Math.Min(values.Count - 1, Math.Floor(fraction * values.Count)));

    private static BadgeRecord Sample()
    {
        var (challengeId, teamId) = (Guid.NewGuid(), Guid.NewGuid());
        var levels = Enumerable.Range(1, 4).Select(l => new RubricLevel(l, new LocalizedText($"Niveau {l}", $"Level {l}"), new LocalizedText($"Toont niveau {l}", $"Shows level {l}"))).ToImmutableArray();
        var competence = new Competence("meten-testen", new LocalizedText("Meten en testen", "Measuring and testing"), levels, ExternalReference: "https://example.org/kwalificatie/meten");
        var milestones = Enumerable.Range(1, 3).Select(i => new Milestone(Guid.NewGuid(), teamId, $"Mijlpaal {i}", "Verhaal", ["meten-testen"], DateTimeOffset.UtcNow)).ToImmutableArray();
        var badge = new Badge(Guid.NewGuid(), teamId, competence.Id, 3, "Jullie maten nauwkeurig.", [.. milestones.Select(m => m.Id)], DateTimeOffset.UtcNow,
            JurorId: Guid.NewGuid(), JurorName: "Jurylid", Observation: "Het team mat elke kring twee keer.");
        var challenge = new ChallengeDetails(challengeId, "Elektro Challenge", Sector.Electro, ChallengeStatus.Open, [competence]);
        var team = new TeamDetails(teamId, challengeId, "De Stroomlijners", "VTI Brugge", "ABC123");
        return new BadgeRecord(badge, challenge, team, competence, milestones,
            [new("sha256$" + new string('a', 64), "salt-1"), new("sha256$" + new string('b', 64), "salt-2")], []);
    }
}
