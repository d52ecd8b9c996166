namespace ChallengeHub.Grains.Tests;

/// <summary>Asserts that a grain refused a request with a <see cref="DomainException"/> of a given kind.</summary>
public static class Refusal
{
    public static async Task<DomainException> ExpectAsync(DomainErrorKind kind, Func<Task> request)
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(request);
        Assert.Equal(kind, refusal.Kind);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Title));
        Assert.False(string.IsNullOrWhiteSpace(refusal.Detail));
        return refusal;
    }
}
