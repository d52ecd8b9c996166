using System.Text.Json.Nodes;
using ChallengeHub.LinkedData.JsonLd;
using ChallengeHub.LinkedData.Rdf;

namespace ChallengeHub.LinkedData.Tests.W3C;

/// <summary>The chosen toRdf cases of the W3C JSON-LD 1.1 API suite (vendored under W3C/json-ld-api, see its README).</summary>
public sealed class JsonLdToRdfSuiteTests
{
    private const string SuiteName = "json-ld-api";

    public static TheoryData<string> PositiveCases() => Cases(positive: true);

    public static TheoryData<string> NegativeCases() => Cases(positive: false);

    [Theory]
    [MemberData(nameof(PositiveCases))]
    public void PositiveCaseGivesTheExpectedDataset(string id)
    {
        var entry = Entry(id);
        var expected = Suite.Read(SuiteName, entry["expect"]!.GetValue<string>());

        var quads = ToRdf(entry);

        Assert.Equal(Canonical(NQuads.Parse(expected)), Canonical(quads));
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void NegativeCaseIsRefusedWithTheExpectedError(string id)
    {
        var entry = Entry(id);

        var error = Assert.Throws<JsonLdException>(() => ToRdf(entry));

        Assert.Equal(entry["expectErrorCode"]!.GetValue<string>(), error.Code);
    }

    private static IReadOnlyList<Quad> ToRdf(JsonObject entry)
    {
        var input = entry["input"]!.GetValue<string>();
        var option = entry["option"] as JsonObject;
        var options = new JsonLdOptions(
            new SuiteContexts(Suite.Root(SuiteName)),
            option?["base"]?.GetValue<string>() ?? SuiteContexts.BaseUrl + input,
            SafeMode: false,
            option?["expandContext"] is { } ctx ? JsonNode.Parse(Suite.Read(SuiteName, ctx.GetValue<string>())) : null);
        return JsonLdProcessor.ToRdf(JsonNode.Parse(Suite.Read(SuiteName, input))!, options);
    }

    private static string Canonical(IEnumerable<Quad> quads) => Rdfc10.Canonicalize(quads).NQuads;

    private static JsonObject Entry(string id) => Suite.Entries(SuiteName, "toRdf-manifest.jsonld", "sequence").Single(e => e["@id"]!.GetValue<string>() == id);

    private static TheoryData<string> Cases(bool positive)
    {
        var data = new TheoryData<string>();
        foreach (var entry in Suite.Entries(SuiteName, "toRdf-manifest.jsonld", "sequence"))
        {
            var id = entry["@id"]!.GetValue<string>();
            var isPositive = Suite.HasType(entry, "jld:PositiveEvaluationTest");
            var isNegative = Suite.HasType(entry, "jld:NegativeEvaluationTest");
            if ((positive ? isPositive : isNegative) && ToRdfScope.InScope(entry))
            {
                data.Add(id);
            }
        }
        return data;
    }
}
