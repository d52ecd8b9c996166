using System.Globalization;
using ChallengeHub.Grains.Problems;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// Every ProblemDetails the Silo writes (a grain's refusal, a framework status code, a limit) carries a <c>type</c> from
/// <see cref="ProblemTypes"/> and that type's title in the language the request asks for (<c>Accept-Language</c>: nl, fr,
/// or en, the default for clients that name none). Details stay as written: they often hold values.
/// </summary>
public static class ProblemSetup
{
    private static readonly string[] Languages = ["en", "nl", "fr"];

    public static void AddChallengeHubProblems(this WebApplicationBuilder builder)
    {
        // Only the UI culture follows the request: numbers and dates in details keep the formatting they have today.
        builder.Services.AddRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.CurrentCulture, new CultureInfo(Languages[0]));
            options.SupportedCultures = [CultureInfo.CurrentCulture];
            options.SupportedUICultures = [.. Languages.Select(language => new CultureInfo(language))];
        });
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context => Describe(context.ProblemDetails));
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
    }

    /// <summary>A ProblemDetails of <paramref name="type"/>; its title is filled in per request language when it is written.</summary>
    public static ProblemDetails ToProblem(this ProblemType type, string detail) =>
        new() { Type = type.Type, Status = type.Status, Title = type.Title.En, Detail = detail };

    /// <summary>
    /// A hub method's refusal: SignalR sends clients only a message, so the message starts with the problem type
    /// (<c>/problems/{code} detail</c>) for a client to branch on, as it does on HTTP.
    /// </summary>
    public static HubException ToHubException(this ProblemType type, string detail) => new($"{type.Type} {detail}");

    /// <summary>The catalogue entry a ProblemDetails names, or the one for its status when it names none (a bare 404 or 401).</summary>
    public static ProblemType TypeOf(ProblemDetails problem) =>
        problem.Type is { } type && type.StartsWith(ProblemTypes.BasePath + "/", StringComparison.Ordinal)
            && ProblemTypes.Find(type[(ProblemTypes.BasePath.Length + 1)..]) is { } known
            ? known
            : ProblemTypes.ForStatus(problem.Status ?? StatusCodes.Status500InternalServerError);

    private static void Describe(ProblemDetails problem)
    {
        var type = TypeOf(problem);
        problem.Type = type.Type;
        problem.Title = type.TitleIn(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
    }
}
