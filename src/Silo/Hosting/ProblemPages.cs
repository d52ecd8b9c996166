using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// Documents each problem <c>type</c> at the address it names: <c>GET /problems</c> lists the catalogue as JSON, and
/// <c>GET /problems/{code}</c> is a short page in the request's language. Both come from <see cref="ProblemTypes"/>.
/// </summary>
public static class ProblemPages
{
    /// <summary>What each status means for the person who met it, in Dutch, English and French.</summary>
    private static readonly Dictionary<int, LocalizedText> Meanings = new()
    {
        [400] = new("Iets in het verzoek klopt niet; de details zeggen wat.", "Something in the request is not right; the details say what.", "Quelque chose ne va pas dans la requête ; les détails disent quoi."),
        [401] = new("ChallengeHub herkent je nog niet; meld je aan.", "ChallengeHub does not recognise you yet; sign in.", "ChallengeHub ne vous reconnaît pas encore ; connectez-vous."),
        [403] = new("Dit is niet open voor dit account of deze pagina.", "This is not open to this account or page.", "Ceci n’est pas ouvert à ce compte ou à cette page."),
        [404] = new("Wat het verzoek noemt, bestaat niet (meer).", "What the request names does not exist (any more).", "Ce que la requête désigne n’existe pas (ou plus)."),
        [405] = new("Dit adres kent deze methode niet.", "This address does not take this method.", "Cette adresse n’accepte pas cette méthode."),
        [409] = new("Het verzoek past niet bij hoe de zaken nu staan; de details zeggen wat wel kan.", "The request does not fit how things stand now; the details say what can be done.", "La requête ne correspond pas à l’état actuel ; les détails disent ce qui est possible."),
        [413] = new("Wat je stuurde is te groot.", "What was sent is too large.", "L’envoi est trop volumineux."),
        [415] = new("Wat je stuurde heeft een vorm die hier niet past.", "What was sent has a form this address does not take.", "L’envoi a une forme que cette adresse n’accepte pas."),
        [422] = new("Het verzoek is goed gevormd maar verwijst naar iets wat de challenge niet kent.", "The request is well formed but refers to something the challenge does not know.", "La requête est bien formée mais renvoie à quelque chose que le challenge ne connaît pas."),
        [429] = new("Even wachten en dan opnieuw proberen lukt.", "Waiting a moment and trying again works.", "Attendre un instant puis réessayer fonctionne."),
        [500] = new("Dit ligt aan ChallengeHub, niet aan jou; probeer het straks opnieuw.", "This is ChallengeHub's doing, not yours; try again in a while.", "Cela vient de ChallengeHub, pas de vous ; réessayez dans un moment."),
    };

    /// <summary>Readable from a phone to a TV: the text scales with the screen and keeps a comfortable line length.</summary>
    private const string Style =
        "body{font-family:system-ui,sans-serif;font-size:clamp(1rem,0.8rem + 0.6vw,1.6rem);line-height:1.5;margin:0;color:#1d2433}" +
        "main{max-width:40em;margin:0 auto;padding:1.5em}h1{font-size:1.8em;line-height:1.2}dt{font-weight:600}dd{margin:0 0 0.5em}";

    /// <summary>Escapes markup but not letters such as é or ’: the page is UTF-8.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static void MapProblemPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ProblemTypes.BasePath).WithTags("Problems").AllowAnonymous();
        group.MapGet("", () => TypedResults.Ok(ProblemTypes.All.Select(p => new ProblemTypeView(p.Type, p.Code, p.Status, p.Title))))
            .WithName("ListProblemTypes").WithSummary("Every problem type the Silo sends, with its status and titles in nl, en and fr");
        group.MapGet("/{code}", (string code) => ProblemTypes.Find(code) is { } problem
                ? Results.Content(Page(problem, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), "text/html; charset=utf-8")
                : TypedResults.NotFound())
            .WithName("DescribeProblemType").WithSummary("A short page about one problem type, in the request's language");
    }

    private static string Page(ProblemType problem, string language)
    {
        var html = Html;
        var meaning = Meanings.GetValueOrDefault(problem.Status) ?? Meanings[500];
        var text = language switch { "nl" => meaning.Nl, "fr" => meaning.Fr ?? meaning.En, _ => meaning.En };
        var others = string.Join("", new[] { ("nl", problem.Title.Nl), ("en", problem.Title.En), ("fr", problem.Title.Fr ?? problem.Title.En) }
            .Where(t => t.Item1 != language)
            .Select(t => $"<li lang=\"{t.Item1}\">{html.Encode(t.Item2)}</li>"));
        return $"""
            <!doctype html>
            <html lang="{html.Encode(language)}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.Encode(problem.TitleIn(language))} · ChallengeHub</title><style>{Style}</style></head>
            <body>
            <main>
            <h1>{html.Encode(problem.TitleIn(language))}</h1>
            <p>{html.Encode(text)}</p>
            <dl><dt>type</dt><dd><code>{html.Encode(problem.Type)}</code></dd><dt>HTTP</dt><dd>{problem.Status}</dd></dl>
            <ul>{others}</ul>
            </main>
            </body>
            </html>
            """;
    }

    /// <summary>One entry of the catalogue as <c>GET /problems</c> lists it.</summary>
    public sealed record ProblemTypeView(string Type, string Code, int Status, LocalizedText Title);
}
