using System.Globalization;

namespace ChallengeHub.Benchmark;

/// <summary>
/// The Silo's count of write requests to table storage per table (<c>challengehub_storage_table_writes_total</c> on its loopback
/// <c>/metrics</c>), read before and after the tablets send: storage writes per milestone, counted where they leave the Silo.
/// </summary>
internal static class TableWrites
{
    private const string Series = "challengehub_storage_table_writes_total{";

    /// <summary>The counts per table, or null when the target has no such metric (the bare app, an older Silo).</summary>
    public static async Task<IReadOnlyDictionary<string, long>?> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var counts = new Dictionary<string, long>();
        foreach (var line in (await response.Content.ReadAsStringAsync(cancellationToken)).Split('\n'))
        {
            if (!line.StartsWith(Series, StringComparison.Ordinal))
            {
                continue;
            }

            var table = line.Split("table=\"")[1].Split('"')[0];
            var value = line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0];
            counts[table] = counts.GetValueOrDefault(table) + (long)double.Parse(value, CultureInfo.InvariantCulture);
        }

        return counts.Count == 0 ? null : counts;
    }

    /// <summary>The counts per table summed over every silo, or null when any silo has no such metric.</summary>
    public static async Task<IReadOnlyDictionary<string, long>?> ReadAsync(IReadOnlyList<Uri> urls, CancellationToken cancellationToken)
    {
        var sum = new Dictionary<string, long>();
        foreach (var url in urls)
        {
            if (await ReadAsync(url, cancellationToken) is not { } counts)
            {
                return null;
            }

            foreach (var (table, count) in counts)
            {
                sum[table] = sum.GetValueOrDefault(table) + count;
            }
        }

        return sum;
    }

    /// <summary>The writes per table between two readings; null when either is missing.</summary>
    public static IReadOnlyDictionary<string, long>? Since(IReadOnlyDictionary<string, long>? before, IReadOnlyDictionary<string, long>? after) =>
        before is null || after is null ? null : after.ToDictionary(t => t.Key, t => t.Value - before.GetValueOrDefault(t.Key));
}
