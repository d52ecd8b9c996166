using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Tests.Access;

namespace ChallengeHub.Silo.Tests.Hosting;

public sealed partial class ProblemTypeTests(SiloFixture silo)
{
    [Fact]
    public void EveryProblemTypeHasAStableCodeAndATitleInDutchEnglishAndFrench()
    {
        Assert.NotEmpty(ProblemTypes.All);
        Assert.Equal(ProblemTypes.All.Count, ProblemTypes.All.Select(p => p.Code).Distinct().Count());
        Assert.All(ProblemTypes.All, p =>
        {
            Assert.Matches(KebabCase(), p.Code);
            Assert.Equal($"/problems/{p.Code}", p.Type);
            Assert.InRange(p.Status, 400, 599);
            Assert.False(string.IsNullOrWhiteSpace(p.Title.Nl), p.Code);
            Assert.False(string.IsNullOrWhiteSpace(p.Title.En), p.Code);
            Assert.False(string.IsNullOrWhiteSpace(p.Title.Fr), p.Code);
        });
    }

    /// <summary>
    /// A grain refusal can only be made from a catalogue entry (its constructor takes one); this scan holds the Silo's own
    /// ProblemDetails to the same rule, and keeps problem types from being made outside the catalogue.
    /// </summary>
    [Fact]
    public void NothingIsRefusedWithATypeOutsideTheCatalogue()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var offenders = new List<string>();
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            if (!file.Contains($"{Path.DirectorySeparatorChar}Problems{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && text.Contains("new ProblemType(", StringComparison.Ordinal))
            {
                offenders.Add($"{name}: makes a problem type outside the catalogue");
            }

            if (name is not ("ProblemSetup.cs" or "ProblemExceptionHandler.cs")
                && UntypedProblem().Match(text) is { Success: true } untyped)
            {
                offenders.Add($"{name}: {untyped.Value}");
            }

            offenders.AddRange(CatalogueReference().Matches(text).Select(m => m.Groups[1].Value)
                .Where(field => field is not ("All" or "Find" or "ForStatus" or "BasePath")
                    && typeof(ProblemTypes).GetField(field) is null)
                .Select(field => $"{name}: ProblemTypes.{field} is not in the catalogue"));
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public async Task TheSiloDocumentsEveryProblemTypeAtItsAddress()
    {
        using var http = silo.CreateAnonymousClient();
        var cancellationToken = TestContext.Current.CancellationToken;

        using var list = JsonDocument.Parse(await http.GetStringAsync("/problems", cancellationToken));
        Assert.Equal(ProblemTypes.All.Select(p => p.Type), list.RootElement.EnumerateArray().Select(e => e.GetProperty("type").GetString()));

        foreach (var problem in ProblemTypes.All)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, problem.Type);
            request.Headers.AcceptLanguage.ParseAdd("fr");
            using var page = await http.SendAsync(request, cancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains(HtmlEncoder.Create(UnicodeRanges.All).Encode(problem.Title.Fr!), await page.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
        }

        using var unknown = await http.GetAsync("/problems/no-such-problem", cancellationToken);
        Assert.Equal(ProblemTypes.NotFound.Type, (await unknown.AssertProblemAsync(HttpStatusCode.NotFound)).Type);
    }

    [Theory]
    [InlineData("nl-BE,nl;q=0.9", "Niet herkend")]
    [InlineData("fr-BE", "Non reconnu")]
    [InlineData("en-GB", "Not recognised")]
    [InlineData("de", "Not recognised")]
    public async Task TheSameRefusalHasOneTypeAndATitleInTheLanguageAsked(string acceptLanguage, string title)
    {
        using var http = silo.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tokens")
        {
            Content = JsonContent.Create(new { displayName = $"Niemand {Guid.NewGuid():N}", passphrase = "geen goede zin" }),
        };
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("/problems/not-recognised", problem.Type);
        Assert.Equal(title, problem.Title);
    }

    [Theory]
    [InlineData("GET", "/api/no-such-route", HttpStatusCode.NotFound, "/problems/not-found")]
    [InlineData("POST", "/api/challenges", HttpStatusCode.Unauthorized, "/problems/not-signed-in")]
    public async Task ABareStatusFromTheFrameworkStillNamesItsType(string method, string path, HttpStatusCode status, string type)
    {
        using var http = silo.CreateAnonymousClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { title = "Elektro", sector = "electro" }) };

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(type, (await response.AssertProblemAsync(status)).Type);
    }

    /// <summary>The client branches on <c>type</c> and says each refusal in its own words: it needs a text for every type, in every language.</summary>
    [Theory]
    [InlineData("nl")]
    [InlineData("fr")]
    [InlineData("en")]
    public void TheClientHasATextForEveryProblemTypeTheServerCanSend(string language)
    {
        var catalogue = File.ReadAllText(Path.Combine(Repository.Root, "src", "Client", "src", "i18n", $"problems.{language}.ts"));

        var texts = ClientText().Matches(catalogue).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        Assert.All(ProblemTypes.All, problem => Assert.False(string.IsNullOrWhiteSpace(texts.GetValueOrDefault(problem.Code)), $"problem.{problem.Code} has no {language} text"));
        Assert.Empty(texts.Keys.Except(ProblemTypes.All.Select(p => p.Code)));
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();

    /// <summary>A ProblemDetails made by hand, or a framework problem result with a title of its own.</summary>
    [GeneratedRegex(@"new (Http(Validation)?)?ProblemDetails\s*\{|Results\.Problem\((?!\w+\.ToProblem|\w+\.\w+\.ToProblem)")]
    private static partial Regex UntypedProblem();

    [GeneratedRegex(@"'problem\.([a-z-]+)': '((?:[^'\\]|\\.)*)'")]
    private static partial Regex ClientText();

    [GeneratedRegex(@"ProblemTypes\.(\w+)")]
    private static partial Regex CatalogueReference();
}
