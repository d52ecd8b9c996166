using ChallengeHub.Benchmark;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or UriFormatException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(
        "Usage: --url http://127.0.0.1:5080 [--token T | --organiser NAME --passphrase P] [--challenges K] [--teams-per-challenge T] [--watchers M] [--rate R] [--duration S] " +
        "[--warmup S] [--concurrency N] [--drain S] [--storage \"<connection string>\"] [--storage-duration S]");
    return 2;
}

if (options.Problem() is { } problem)
{
    Console.Error.WriteLine(problem);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var result = await LoadRun.RunAsync(options, cancel.Token);
Console.Write(result.Format());
return result.Succeeded ? 0 : 1;
