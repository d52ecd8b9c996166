using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChallengeHub.Silo.Hosting;

public static class ApiSetup
{
    /// <summary>JSON in camelCase with enums as camelCase strings, ProblemDetails for every error, OpenAPI.</summary>
    public static void AddChallengeHubApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddSignalR(options => options.MaximumReceiveMessageSize = 16 * 1024)
            .AddJsonProtocol(options => Configure(options.PayloadSerializerOptions));
    }

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
