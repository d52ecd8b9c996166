using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.Rdf;

namespace ChallengeHub.LinkedData.Tests.W3C;

/// <summary>Every case of the W3C rdf-canon manifest (vendored under W3C/rdf-canon, see its README).</summary>
public sealed class RdfCanonSuiteTests
{
    private const string SuiteName = "rdf-canon";

    public static TheoryData<string> Cases(string type)
    {
        var data = new TheoryData<string>();
        foreach (var entry in Suite.Entries(SuiteName, "manifest.jsonld", "entries").Where(e => Suite.HasType(e, type)))
        {
            data.Add(entry["id"]!.GetValue<string>());
        }
        return data;
    }

    public static TheoryData<string> EvalCases() => Cases("rdfc:RDFC10EvalTest");

    public static TheoryData<string> MapCases() => Cases("rdfc:RDFC10MapTest");

    public static TheoryData<string> NegativeCases() => Cases("rdfc:RDFC10NegativeEvalTest");

    [Fact]
    public void TheSuiteHasEveryEvalCaseOfTheManifest() => Assert.Equal(64, EvalCases().Count);

    [Theory]
    [MemberData(nameof(EvalCases))]
    public void EvalCaseGivesTheExpectedCanonicalNQuads(string id)
    {
        var (entry, input) = Load(id);
        var expected = Suite.Read(SuiteName, entry["result"]!.GetValue<string>());

        var result = Rdfc10.Canonicalize(NQuads.Parse(input), HashOf(entry));

        Assert.Equal(expected, result.NQuads);
    }

    [Theory]
    [MemberData(nameof(MapCases))]
    public void MapCaseIssuesTheExpectedIdentifiers(string id)
    {
        var (entry, input) = Load(id);
        var expected = JsonNode.Parse(Suite.Read(SuiteName, entry["result"]!.GetValue<string>()))!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());

        var result = Rdfc10.Canonicalize(NQuads.Parse(input), HashOf(entry));

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), result.IssuedIdentifiers.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void PoisonGraphIsRefusedByTheWorkLimit(string id)
    {
        var (_, input) = Load(id);

        Assert.Throws<CanonicalizationLimitException>(() => Rdfc10.Canonicalize(NQuads.Parse(input)));
    }

    private static (JsonObject Entry, string Input) Load(string id)
    {
        var entry = Suite.Entries(SuiteName, "manifest.jsonld", "entries").Single(e => e["id"]!.GetValue<string>() == id);
        return (entry, Suite.Read(SuiteName, entry["action"]!.GetValue<string>()));
    }

    private static HashAlgorithmName HashOf(JsonObject entry) =>
        entry["hashAlgorithm"]?.GetValue<string>() == "SHA384" ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256;
}
