namespace ChallengeHub.Benchmark;

/// <summary>The command line: a load run, or idle clients, against a running ChallengeHub.</summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["restart", .. var restart])
        {
            return await RestartAsync(restart);
        }

        if (args is ["credentials", .. var credentials])
        {
            Console.Write(await CredentialsRun.RunAsync((int)Number(credentials, "--count", 1000)));
            return 0;
        }

        if (args is ["data-integrity", .. var di])
        {
            Console.WriteLine(DataIntegrityRun.Run((int)Number(di, "--rounds", 200)));
            return 0;
        }

        if (args is ["bare-serve"])
        {
            return await BareServer.ServeAsync();
        }

        if (args is ["azurite-loss", .. var loss])
        {
            var lossResult = await AzuriteLossRun.RunAsync((int)Number(loss, "--autosave-ms", 0), (int)Number(loss, "--preload", 0),
                TimeSpan.FromSeconds(Number(loss, "--seconds", 10)), CancellationToken.None);
            Console.WriteLine(lossResult.Format());
            return 0;
        }

        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(
                "Usage: --url http://127.0.0.1:5080 [--token T | --organiser NAME --passphrase P] [--challenges K] [--teams-per-challenge T] [--watchers M] [--rate R] [--duration S] " +
                "[--warmup S] [--concurrency N] [--drain S] [--order-rate R] [--pupils-per-team P] [--creations-per-minute N] [--baseline true] " +
                "[--silo-pid PID] [--storage \"<connection string>\"] [--storage-duration S] [--protocol json|messagepack] " +
                "[--sweep rate|watchers --from A --step S --to B [--p99-limit-ms L] [--memory-limit-mb M]] " +
                "(several silos: --url and --silo-pid once per silo, in the same order) | --idle-clients N [--idle-seconds S] [--silo-pid PID] " +
                "| --url URL1 --url URL2 --kill-silo-pid PID [--kill-after S] (with the load options) | restart [--rounds N] [--ctrl-c] | azurite-loss [--autosave-ms N] [--preload N] [--seconds S] | credentials [--count N] | data-integrity [--rounds N]");
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

        if (options.KillSiloPid is not null)
        {
            var kill = await KillRun.RunAsync(options, cancel.Token);
            Console.Write(kill.Format());
            return kill.Succeeded ? 0 : 1;
        }

        if (options.Sweep is not null)
        {
            var sweep = await SweepRun.RunAsync(options, Console.WriteLine, cancel.Token);
            Console.WriteLine(sweep.Conclusion);
            return sweep.Succeeded ? 0 : 1;
        }

        if (options.IdleClients > 0)
        {
            var idle = await IdleRun.RunAsync(options, cancel.Token);
            Console.Write(idle.Format());
            return idle.Succeeded ? 0 : 1;
        }

        var result = await LoadRun.RunAsync(options, cancel.Token);
        Console.Write(result.Format());
        return result.Succeeded ? 0 : 1;
    }

    /// <summary><c>restart [--rounds N] [--ctrl-c]</c>: stops and restarts the built Silo process N times (default 20).</summary>
    private static async Task<int> RestartAsync(string[] args)
    {
        var rounds = (int)Number(args, "--rounds", 20);
        var result = await RestartRun.RunAsync(rounds, ctrlC: args.Contains("--ctrl-c"), CancellationToken.None);
        Console.Write(result.Format());
        return result.Succeeded ? 0 : 1;
    }

    private static double Number(string[] args, string name, double fallback) =>
        args.SkipWhile(a => a != name).Skip(1).Select(a => double.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(fallback);
}
