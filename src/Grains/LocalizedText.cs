namespace ChallengeHub.Grains;

/// <summary>User-facing text in Dutch (the default) and English.</summary>
[GenerateSerializer, Immutable, Alias("LocalizedText")]
public sealed record LocalizedText(string Nl, string En);
