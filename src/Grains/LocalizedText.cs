namespace ChallengeHub.Grains;

/// <summary>User-facing text in Dutch (the default), English and French. A missing translation falls back to Dutch on screen.</summary>
[GenerateSerializer, Immutable, Alias("LocalizedText")]
public sealed record LocalizedText(string Nl, string En, string? Fr = null);
