using System.Collections.Immutable;

namespace ChallengeHub.Grains.Recognitions;

/// <summary>
/// What the ceremony screen of a venue shows once its recognitions are published: every team by name, each with its
/// recognitions, the jury's reason and words, and who agreed. <see cref="CeremonyTeam.PhotoId"/> is the photo the wall may
/// show now (consent to the wall and to photos), or none. <paramref name="Categories"/> are the challenge's categories in the
/// order the template or the organiser gave them, for the ceremony that goes category by category.
/// </summary>
[GenerateSerializer, Immutable, Alias("Ceremony")]
public sealed record Ceremony(Guid VenueId, string VenueName, ImmutableArray<CeremonyTeam> Teams, ImmutableArray<RecognitionCategory>? Categories = null);

/// <summary>One team on the ceremony screen; never a place, only its name and what the jury saw.</summary>
[GenerateSerializer, Immutable, Alias("CeremonyTeam")]
public sealed record CeremonyTeam(Guid TeamId, string Name, string School, Guid? PhotoId, ImmutableArray<CeremonyRecognition> Recognitions);

/// <summary>A recognition as the ceremony says it: the category (as named when agreed, and its id), the reason, the jury's words and the jurors who agreed.</summary>
[GenerateSerializer, Immutable, Alias("CeremonyRecognition")]
public sealed record CeremonyRecognition(LocalizedText Category, string Reason, string? Words, ImmutableArray<string> Jurors, string? CategoryId = null);
