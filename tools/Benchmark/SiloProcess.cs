using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChallengeHub.Azurite;

namespace ChallengeHub.Benchmark;

/// <summary>
/// The built Silo run as its own process (<c>dotnet ChallengeHub.Silo.dll</c>), in a session and process group of its own so
/// that a test can signal it alone (SIGTERM) or its whole group (Ctrl+C). Without a connection string it starts Azurite on
/// the data directory it is given itself, as on a laptop at an event; with one it uses that storage.
/// </summary>
public sealed partial class SiloProcess : IAsyncDisposable
{
    public const string OrganiserName = "Proef Organisator";
    public const string Passphrase = "een proefzin voor de herstart";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _setupCode = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The Azurite this Silo started, from its log; null when it uses storage it was given.</summary>
    public int? AzuritePid { get; private set; }

    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the Silo and completes once it serves requests; <paramref name="connectionString"/> null starts Azurite on <paramref name="dataDirectory"/>.</summary>
    public static async Task<SiloProcess> StartAsync(string dataDirectory, string? connectionString = null, CancellationToken cancellationToken = default)
    {
        // A free port is only free until someone else binds it: other Silos and test hosts on this machine pick ports the
        // same way, so a start that lost such a race is tried again on fresh ports.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(dataDirectory, connectionString, cancellationToken);
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("Address already in use", StringComparison.Ordinal))
            {
            }
        }
    }

    private static async Task<SiloProcess> StartOnceAsync(string dataDirectory, string? connectionString, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = SiloDirectory,
        };
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Path.Combine(SiloDirectory, "ChallengeHub.Silo.dll"));
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ConnectionStrings__AzureStorage"] = connectionString ?? string.Empty,
            ["Azurite__DataDirectory"] = dataDirectory,
            ["Azurite__BlobPort"] = "0",
            ["Azurite__QueuePort"] = "0",
            ["Azurite__TablePort"] = "0",
            ["Cluster__SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["DemoData__Enabled"] = "false",
            ["RateLimits__SignInsPerMinute"] = "100000",
            ["RateLimits__CreationsPerMinute"] = "100000",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Silo.");
        var silo = new SiloProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => silo.Read(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) =>
        {
            // Waits until the redirected output is read to its end, so that the message holds the reason.
            process.WaitForExit();
            silo._started.TrySetException(new InvalidOperationException($"The Silo exited before it started:{Environment.NewLine}{silo.Output}"));
        };
        try
        {
            await silo._started.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }

        return silo;
    }

    /// <summary>A client signed in as the organiser: on a first start through the setup code the Silo prints, later with the passphrase.</summary>
    public async Task<HttpClient> OrganiserAsync(bool firstStart, CancellationToken cancellationToken)
    {
        // No cookies: the setup answer starts a cookie session, and a bearer client must not send it along.
        var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(90) };
        if (firstStart)
        {
            using var setup = await http.PostAsJsonAsync("/api/setup",
                new { code = await _setupCode.Task.WaitAsync(TimeSpan.FromMinutes(1), cancellationToken), displayName = OrganiserName, passphrase = Passphrase }, Json, cancellationToken);
            setup.EnsureSuccessStatusCode();
        }

        using var token = await http.PostAsJsonAsync("/api/tokens", new { displayName = OrganiserName, passphrase = Passphrase }, Json, cancellationToken);
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return http;
    }

    /// <summary>Sends <paramref name="signal"/> to the Silo alone, or with <paramref name="group"/> to its whole process group (Ctrl+C).</summary>
    public void Signal(int signal, bool group = false)
    {
        if (!(group ? UnixSignal.SendToGroup(_process.Id, signal) : UnixSignal.Send(_process.Id, signal)))
        {
            throw new InvalidOperationException($"Signal {signal} could not be sent to {_process.Id}.");
        }
    }

    /// <summary>Completes with the exit code once the Silo has stopped on its own.</summary>
    public async Task<int> ExitedAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        // A test that failed half-way leaves nothing running: the Silo, and the Azurite it started in a session of its own.
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        if (AzuritePid is { } azurite)
        {
            UnixSignal.Send(azurite, UnixSignal.Kill);
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (SetupLink().Match(line) is { Success: true } setup)
        {
            _setupCode.TrySetResult(setup.Groups[1].Value);
        }
        else if (AzuriteStarted().Match(line) is { Success: true } azurite)
        {
            AzuritePid = int.Parse(azurite.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        else if (line.Contains("Application started", StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }

    /// <summary>The Silo built in the caller's configuration (Debug or Release), run from its own folder as <c>dotnet run</c> would.</summary>
    public static string SiloDirectory
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var (framework, configuration) = (output.Name, output.Parent!.Name);
            var root = output;
            while (!File.Exists(Path.Combine(root.FullName, "ChallengeHub.sln")))
            {
                root = root.Parent ?? throw new InvalidOperationException("ChallengeHub.sln not found above the test output.");
            }

            return Path.Combine(root.FullName, "src", "Silo", "bin", configuration, framework);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"signin\.html\?setup=(\S+)")]
    private static partial Regex SetupLink();

    [GeneratedRegex(@"Azurite started \(pid (\d+)\)")]
    private static partial Regex AzuriteStarted();
}
