using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace ChallengeHub.Grains.Badges.Attributions;

[GenerateSerializer, Alias("BadgeAttributionsState")]
public sealed class BadgeAttributionsState
{
    [Id(0)]
    public ImmutableArray<RecoveryCode> Codes { get; set; } = [];

    /// <summary>Per badge, in the order the pupils were attributed.</summary>
    [Id(1)]
    public ImmutableArray<PupilAttribution> Attributions { get; set; } = [];
}

/// <summary>A pupil's recovery code, the identity their badges' hashes are made of.</summary>
[GenerateSerializer, Immutable, Alias("RecoveryCode")]
public sealed record RecoveryCode(Guid PupilId, string Code);

/// <summary>One pupil attributed to one badge, with the random salt of that pair.</summary>
[GenerateSerializer, Immutable, Alias("PupilAttribution")]
public sealed record PupilAttribution(Guid BadgeId, Guid PupilId, string Salt)
{
    /// <summary>The OB 3.0 identity hash of <paramref name="code"/> with this salt: <c>sha256$</c> and the hex of SHA-256(code + salt).</summary>
    public string HashOf(string code) => $"sha256${Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code + Salt)))}";
}
