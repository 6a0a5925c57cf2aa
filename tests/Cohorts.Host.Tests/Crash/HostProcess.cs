using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cohorts.Host.Tests.Crash;

/// <summary>
/// The host as a real process on its own SQLite files and a fixed loopback port (the same across restarts, so clients
/// keep their address): started, SIGKILLed, started again. Keeps the last lines the process wrote, for failure messages.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private const int TailLines = 200;
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    private readonly HostFiles _files;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly HttpClient _probe;
    private Process? _process;

    /// <summary>A host on <paramref name="files"/>, with <paramref name="settings"/> given on its command line (the database provider, for one).</summary>
    public HostProcess(HostFiles files, IReadOnlyDictionary<string, string>? settings = null)
    {
        _files = files;
        _settings = settings ?? new Dictionary<string, string>();
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
        _probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>Gets how many times the process was started.</summary>
    public int Starts { get; private set; }

    /// <summary>Gets how many times it was killed.</summary>
    public int Kills { get; private set; }

    /// <summary>Gets the total time spent waiting for the host to answer after a start.</summary>
    public TimeSpan StartTime { get; private set; }

    /// <summary>Starts the host and waits until it answers HTTP (it migrates and reconciles before it listens).</summary>
    public async Task StartAsync()
    {
        var watch = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var process = LaunchProcess();
            _process = process;
            Starts++;
            using var limit = new CancellationTokenSource(StartLimit);
            while (true)
            {
                if (process.HasExited)
                {
                    break;
                }

                try
                {
                    using var response = await _probe.GetAsync(new Uri("health", UriKind.Relative), limit.Token);
                    StartTime += watch.Elapsed;
                    return; // any answer: Kestrel listens, so the start-up work (migrations, reconciliation) is done
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!limit.IsCancellationRequested)
                {
                }
                catch (OperationCanceledException) when (limit.IsCancellationRequested)
                {
                    await KillAsync();
                    throw new TimeoutException($"The host did not answer within {StartLimit.TotalSeconds} s of its start.\n{Tail()}");
                }

                await Task.Delay(100, CancellationToken.None);
            }

            // Exited on its own: a bad start (the port still held by the killed process, for one). Try again, a few times.
            await process.WaitForExitAsync();
            var code = process.ExitCode;
            process.Dispose();
            _process = null;
            if (attempt >= 3)
            {
                throw new InvalidOperationException($"The host exited with code {code} at start, {attempt} times.\n{Tail()}");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Starts the host without waiting for it to answer (to kill it in the middle of its start-up).</summary>
    public void Launch()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("The host runs already.");
        }

        _process = LaunchProcess();
        Starts++;
    }

    /// <summary>SIGKILLs the host (Process.Kill sends SIGKILL on Unix) and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // exited already
        }

        await process.WaitForExitAsync();
        process.Dispose();
        Kills++;
        _tail.Enqueue("----- SIGKILL -----");
    }

    /// <summary>Gets a value indicating whether the process runs (it may have exited on its own).</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The last lines the host wrote.</summary>
    public string Tail(int lines = 60) => string.Join('\n', _tail.TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _probe.Dispose();
    }

    private Process LaunchProcess()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _files.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Less work per start on a busy machine (a start is mostly JIT): workstation GC, no tiered PGO instrumentation.
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add($"--Cohorts:Sqlite:DatabasePath={_files.DatabasePath}");
        start.ArgumentList.Add($"--Cohorts:Scheduling:DatabasePath={_files.SchedulerPath}");
        start.ArgumentList.Add("--Cohorts:Scheduling:IdleWaitTime=00:00:01");
        start.ArgumentList.Add("--Cohorts:Demo:Enabled=false");
        start.ArgumentList.Add($"--Cohorts:PublicBaseUrl={CohortsHostFactory.PublicBaseUrl}");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        start.ArgumentList.Add($"--Urls={BaseAddress.GetLeftPart(UriPartial.Authority)}");
        foreach (var (key, value) in _settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _tail.Enqueue(line);
        while (_tail.Count > TailLines && _tail.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
