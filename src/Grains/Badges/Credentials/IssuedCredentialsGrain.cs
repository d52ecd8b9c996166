using System.Collections.Immutable;

namespace ChallengeHub.Grains.Badges.Credentials;

public sealed class IssuedCredentialsGrain(
    [PersistentState("issuedCredentials", Constants.StorageName)] IPersistentState<IssuedCredentialsState> state) : Grain, IIssuedCredentialsGrain
{
    /// <summary>A credential is a few kilobytes per format; the cap keeps the state far inside one storage entity.</summary>
    public const int MaxContentLength = 200_000;

    public Task<ImmutableArray<IssuedCredential>> GetAsync() => Task.FromResult(state.State.Credentials);

    public async Task StoreAsync(ImmutableArray<IssuedCredential> credentials)
    {
        if (credentials.Sum(c => c.Content.Length) > MaxContentLength)
        {
            throw new ArgumentException($"A badge's credentials take up to {MaxContentLength} characters together.", nameof(credentials));
        }

        var previous = state.State.Credentials;
        state.State.Credentials = credentials;
        await state.WriteOrUndoAsync(() => state.State.Credentials = previous);
    }
}

[GenerateSerializer, Alias("IssuedCredentialsState")]
public sealed class IssuedCredentialsState
{
    [Id(0)]
    public ImmutableArray<IssuedCredential> Credentials { get; set; } = [];
}
