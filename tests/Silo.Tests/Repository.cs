namespace ChallengeHub.Silo.Tests;

/// <summary>The ChallengeHub repository the tests run from, for tests that read its sources or the client's build output.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The HTML pages the client build wrote into the Silo's <c>wwwroot</c> (Vite's entries), as paths the Silo serves.</summary>
    public static IReadOnlyList<string> ClientPages() =>
        [.. Directory.GetFiles(Path.Combine(Root, "src", "Silo", "wwwroot"), "*.html")
            .Select(file => Path.GetFileName(file) is "index.html" ? "/" : $"/{Path.GetFileName(file)}")
            .Order(StringComparer.Ordinal)];

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ChallengeHub.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests run outside the ChallengeHub repository.");
    }
}
