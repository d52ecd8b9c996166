using System.Reflection;
using System.Text.RegularExpressions;
using ChallengeHub.Silo.Live;

namespace ChallengeHub.Silo.Tests.Live;

/// <summary>
/// The browser client names the hub's methods and messages in one file, src/Client/src/live/hub-contract.ts. These tests
/// hold that file to <see cref="LiveHub"/>: a method or message renamed on one side only would leave walls silently still.
/// </summary>
public sealed partial class LiveHubContractTests
{
    [Fact]
    public void TheClientNamesExactlyTheMethodsLiveHubOffers()
    {
        var offered = typeof(LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            // Overrides of Hub's own lifecycle methods (OnDisconnectedAsync) are not hub methods; SignalR does not offer them.
            .Where(method => !method.IsSpecialName && method.GetBaseDefinition().DeclaringType == typeof(LiveHub))
            .Select(method => method.Name)
            .Order(StringComparer.Ordinal);

        Assert.NotEmpty(offered);
        Assert.Equal(offered, ClientNames("hubMethods"));
    }

    [Fact]
    public void TheClientListensForExactlyTheMessagesLiveHubSends()
    {
        var sent = typeof(LiveHub).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.Name.EndsWith("Method", StringComparison.Ordinal))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.NotEmpty(sent);
        Assert.Equal(sent, ClientNames("hubMessages"));
    }

    /// <summary>The quoted values of <c>export const {name} = { ... }</c> in the client's contract file.</summary>
    private static List<string> ClientNames(string name)
    {
        var client = typeof(LiveHubContractTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ClientDirectory").Value!;
        var source = File.ReadAllText(Path.Combine(client, "src", "live", "hub-contract.ts"));
        var block = Regex.Match(source, $@"export const {name} = \{{(?<body>[^}}]*)\}}");
        Assert.True(block.Success, $"hub-contract.ts has no 'export const {name} = {{ ... }}'.");
        return EntryValue().Matches(block.Groups["body"].Value).Select(m => m.Groups["value"].Value).Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"\w+:\s*'(?<value>[^']+)'")]
    private static partial Regex EntryValue();
}
