using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;

namespace ChallengeHub.Silo.Hosting;

public static class ApiSetup
{
    /// <summary>JSON in camelCase with enums as camelCase strings, typed and localised ProblemDetails for every error, OpenAPI.</summary>
    public static void AddChallengeHubApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        builder.AddChallengeHubProblems();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<Walls.WallPhotos>();
        builder.Services.AddSingleton<Walls.WallAccess>();
        builder.AddSettings<Walls.WallSettings>("Walls");
        builder.AddSettings<Badges.Credentials.BadgeSettings>("Badges");
        builder.Services.AddSingleton<Badges.Credentials.Issuance.JwtCredentialSigner>();
        builder.Services.AddSingleton<Badges.Credentials.Issuance.ICredentialSigner>(services => services.GetRequiredService<Badges.Credentials.Issuance.JwtCredentialSigner>());
        builder.Services.AddSingleton<Badges.Credentials.DataIntegrity.DataIntegritySigner>();
        builder.Services.AddSingleton<Badges.Credentials.Issuance.ICredentialSigner>(services => services.GetRequiredService<Badges.Credentials.DataIntegrity.DataIntegritySigner>());
        builder.Services.AddSingleton<Badges.Credentials.Issuance.CredentialIssuer>();
        // Clients send hub calls of a few ids; anything larger is refused before it is read. The browser speaks JSON; a .NET
        // client may choose MessagePack (smaller messages, member names as in C#, enums as their names).
        builder.Services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = 4 * 1024;
                options.AddFilter<Access.HubMessageLimit>();
            })
            .AddJsonProtocol(options => Configure(options.PayloadSerializerOptions))
            .AddMessagePackProtocol();
    }

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
