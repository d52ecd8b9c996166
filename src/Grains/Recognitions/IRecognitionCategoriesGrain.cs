using System.Collections.Immutable;

namespace ChallengeHub.Grains.Recognitions;

/// <summary>The recognition categories of a challenge: its sector's template until the organiser edits them. Keyed by challenge id.</summary>
[Alias("IRecognitionCategoriesGrain")]
public interface IRecognitionCategoriesGrain : IGrainWithGuidKey
{
    [Alias("Get"), AlwaysInterleave]
    Task<ImmutableArray<RecognitionCategory>> GetAsync();

    /// <summary>Replaces the categories; recognitions already agreed keep the name they were given under.</summary>
    [Alias("Set")]
    Task<ImmutableArray<RecognitionCategory>> SetAsync(RecognitionCategoriesRequest request);
}
