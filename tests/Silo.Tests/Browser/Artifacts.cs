namespace ChallengeHub.Silo.Tests.Browser;

/// <summary>Where browser tests leave screenshots for people to look at: beside the test binaries, never in the repository.</summary>
public static class Artifacts
{
    public static string PathFor(string fileName)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        return Path.Combine(folder.FullName, fileName);
    }
}
