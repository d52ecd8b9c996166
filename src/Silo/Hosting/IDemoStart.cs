namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// The demo a Silo in Development fills empty storage with. Only builds with the development tools (Debug) have an
/// implementation (src/Silo/Development, with the seeder of tools/DemoData); a Release build has none and starts without a demo.
/// </summary>
public interface IDemoStart
{
    /// <summary>On storage without challenges: creates the demo organiser and answers true, for <see cref="SeedAsync"/> to fill it.</summary>
    Task<bool> ClaimEmptyStorageAsync();

    /// <summary>Fills the storage through the Silo's own API at <paramref name="self"/>; false when that failed (and was logged).</summary>
    Task<bool> SeedAsync(Uri self, CancellationToken cancellationToken);

    /// <summary>Logs how to sign in to the demo and where its walls and tablets are.</summary>
    Task PrintAsync(string address);
}
