using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// The build writes the OpenAPI document with <c>GetDocument.Insider</c> (Microsoft.Extensions.ApiDescription.Server): it runs
/// <c>Program</c>, starts the host on a server that binds no port, reads the document and stops. Such a run needs no storage
/// and no deployment settings, and must start nothing that reaches them.
/// </summary>
public static class BuildTimeDocument
{
    /// <summary>Whether this process only writes the OpenAPI document for the build.</summary>
    public static bool IsBeingWritten { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    /// <summary>
    /// While the document is written, drops every hosted service (the Orleans silo, the first start, the push path …): the
    /// services they offer stay registered, so that endpoints are described as they are served.
    /// </summary>
    public static void StartNothingWhileWritingTheDocument(this WebApplicationBuilder builder)
    {
        if (IsBeingWritten)
        {
            builder.Services.RemoveAll<IHostedService>();
        }
    }
}
