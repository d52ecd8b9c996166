using System.Collections.Immutable;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Recognitions;

public sealed class RecognitionCategoriesGrain(
    [PersistentState("recognition-categories", Constants.StorageName)] IPersistentState<RecognitionCategoriesState> state) : Grain, IRecognitionCategoriesGrain
{
    public async Task<ImmutableArray<RecognitionCategory>> GetAsync()
    {
        if (state.State.Categories is { } edited)
        {
            return edited;
        }

        var challenge = await GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey()).GetAsync()
            ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, this.GetPrimaryKey());
        return RecognitionCategories.For(challenge.Sector);
    }

    public async Task<ImmutableArray<RecognitionCategory>> SetAsync(RecognitionCategoriesRequest request)
    {
        var categories = RecognitionCategories.Normalize(request);
        _ = await GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey()).GetAsync()
            ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, this.GetPrimaryKey());
        var previous = state.State.Categories;
        state.State.Categories = categories;
        await state.WriteOrUndoAsync(() => state.State.Categories = previous);
        return categories;
    }
}

/// <summary>The organiser's categories; absent while the challenge uses its sector's template.</summary>
[GenerateSerializer, Alias("RecognitionCategoriesState")]
public sealed class RecognitionCategoriesState
{
    [Id(0)]
    public ImmutableArray<RecognitionCategory>? Categories { get; set; }
}
