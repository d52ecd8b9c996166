using System.Diagnostics.Metrics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ChallengeHub.Silo.Hosting;

/// <summary>
/// Counts every write request the Silo's table client sends (<c>challengehub.storage.table.writes</c>, tagged with the table),
/// so that the storage writes a milestone costs can be read from <c>/metrics</c> rather than estimated.
/// </summary>
/// <remarks>
/// A pipeline policy rather than an instrument in each grain: it sees the grain state, reminder and membership writes alike,
/// exactly as storage receives them, including the retries of the Azure SDK.
/// </remarks>
internal sealed class TableWriteCounter : HttpPipelineSynchronousPolicy
{
    public const string InstrumentName = "challengehub.storage.table.writes";

    // Static because the table client exists before the service container that would hand out an IMeterFactory.
    private static readonly Meter Meter = new(Observability.Telemetry.Name);
    private static readonly Counter<long> Writes = Meter.CreateCounter<long>(InstrumentName, "{request}", "Write requests sent to table storage");

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method != RequestMethod.Get && message.Request.Method != RequestMethod.Head)
        {
            Writes.Add(1, new KeyValuePair<string, object?>("table", TableOf(message.Request.Uri.Path)));
        }
    }

    /// <summary>The table of a request path (<c>/account/Table(PartitionKey=…)</c> on Azurite, <c>/Table(…)</c> on Azure), or <c>$batch</c>.</summary>
    internal static string TableOf(string path)
    {
        var segment = path.TrimEnd('/').Split('/', StringSplitOptions.RemoveEmptyEntries) switch
        {
            [] => string.Empty,
            [var only] => only,
            [.., var last] => last,
        };
        var bracket = segment.IndexOf('(', StringComparison.Ordinal);
        return bracket < 0 ? segment : segment[..bracket];
    }

    /// <summary>Table client options that count writes.</summary>
    public static Azure.Data.Tables.TableClientOptions Options()
    {
        var options = new Azure.Data.Tables.TableClientOptions();
        options.AddPolicy(new TableWriteCounter(), HttpPipelinePosition.PerRetry);
        return options;
    }
}
