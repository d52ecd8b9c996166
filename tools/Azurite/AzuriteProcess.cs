using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChallengeHub.Azurite;

/// <summary>
/// A running Azurite (the Azure Storage emulator) bound to loopback. Started from the npm package pinned
/// beside this library, installed with <c>npm ci</c> on first use. Disposing it stops the process in order (SIGTERM, then
/// waiting for it to save).
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The well-known development account key that every Azurite accepts.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string AccountName = "devstoreaccount1";

    private readonly Process? _process;
    private readonly ILogger _logger;
    private readonly TimeSpan _saveTimeout;

    private AzuriteProcess(Process? process, int blobPort, int tablePort, ILogger logger, TimeSpan saveTimeout)
    {
        _process = process;
        _logger = logger;
        _saveTimeout = saveTimeout;
        BlobPort = blobPort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int TablePort { get; }

    /// <summary>True when an Azurite was already listening on the ports and this instance only points at it.</summary>
    public bool Reused => _process is null;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    /// <summary>Starts Azurite, or reuses one that already answers on the configured ports, and waits until it serves tables.</summary>
    public static async Task<AzuriteProcess> StartAsync(AzuriteOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        // A port found free can be taken by another process before Azurite binds it: then pick free ports again.
        var picksPorts = options.BlobPort == 0 || options.QueuePort == 0 || options.TablePort == 0;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(options, logger ?? NullLogger.Instance, cancellationToken);
            }
            catch (PortTakenException) when (picksPorts && attempt < 5)
            {
            }
        }
    }

    private static async Task<AzuriteProcess> StartOnceAsync(AzuriteOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var blobPort = options.BlobPort == 0 ? FreePort() : options.BlobPort;
        var queuePort = options.QueuePort == 0 ? FreePort() : options.QueuePort;
        var tablePort = options.TablePort == 0 ? FreePort() : options.TablePort;

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        if (await IsAzuriteAsync(probe, tablePort, cancellationToken) && await IsAzuriteAsync(probe, blobPort, cancellationToken))
        {
            logger.LogWarning("Azurite already listens on 127.0.0.1:{TablePort}; using it instead of starting another", tablePort);
            return new AzuriteProcess(null, blobPort, tablePort, logger, options.SaveTimeout);
        }

        var packageDirectory = options.PackageDirectory ?? DefaultPackageDirectory();
        var entryPoint = Path.Combine(packageDirectory, "node_modules", "azurite", "dist", "src", "azurite.js");
        await NpmInstall.EnsureAsync(packageDirectory, entryPoint, logger, cancellationToken);

        var start = AzuriteCommand.Create(options, packageDirectory, entryPoint, blobPort, queuePort, tablePort);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node (under setsid) for Azurite.");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(process, blobPort, tablePort, logger, options.SaveTimeout);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StartTimeout);
        try
        {
            // Readiness of an external process can only be observed from outside: ask until it answers.
            while (!await IsAzuriteAsync(probe, tablePort, timeout.Token) || !await IsAzuriteAsync(probe, blobPort, timeout.Token))
            {
                if (process.HasExited)
                {
                    // Waiting again lets the redirected output drain, so the message holds Azurite's last words.
                    await process.WaitForExitAsync(CancellationToken.None);
                    var message = $"Azurite exited with code {process.ExitCode} before it answered: {string.Join(Environment.NewLine, output)}";
                    process.Dispose();
                    throw message.Contains("EADDRINUSE", StringComparison.Ordinal) ? new PortTakenException(message) : new InvalidOperationException(message);
                }

                await Task.Delay(100, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await azurite.DisposeAsync();
            throw new TimeoutException($"Azurite did not answer on 127.0.0.1:{tablePort} within {options.StartTimeout}: {string.Join(Environment.NewLine, output)}");
        }

        logger.LogInformation("Azurite started (pid {Pid}): blobs on 127.0.0.1:{BlobPort}, tables on 127.0.0.1:{TablePort}", process.Id, blobPort, tablePort);
        return azurite;
    }

    /// <summary>The process id of the Azurite this instance started; null when it reuses one it did not start.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>
    /// Asks Azurite to stop with SIGTERM, upon which it writes its in-memory tables to disk, and waits up to
    /// <paramref name="saveTimeout"/> for it to exit. One that has not exited by then is killed, and the log says that its
    /// last writes may be lost. An Azurite this instance did not start is left running.
    /// </summary>
    public async Task StopAsync(TimeSpan saveTimeout)
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        UnixSignal.Send(_process.Id, UnixSignal.Terminate);
        using var timeout = new CancellationTokenSource(saveTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            _logger.LogInformation("Azurite (pid {Pid}) saved its data and stopped", _process.Id);
        }
        catch (OperationCanceledException)
        {
            _logger.LogError("Azurite (pid {Pid}) did not stop within {Timeout} after SIGTERM; killing it. Data written in its last seconds may be lost.",
                _process.Id, saveTimeout);
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
    }

    /// <summary>Stops Azurite in order (<see cref="StopAsync"/>, with <see cref="AzuriteOptions.SaveTimeout"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        await StopAsync(_saveTimeout);
        _process.Dispose();
    }

    private static async Task<bool> IsAzuriteAsync(HttpClient client, int port, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/{AccountName}?comp=properties&restype=service"), cancellationToken);
            return response.Headers.Server.ToString().Contains("Azurite", StringComparison.OrdinalIgnoreCase);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string DefaultPackageDirectory() =>
        typeof(AzuriteProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "AzuriteDirectory").Value!;

    private sealed class PortTakenException(string message) : InvalidOperationException(message);
}
