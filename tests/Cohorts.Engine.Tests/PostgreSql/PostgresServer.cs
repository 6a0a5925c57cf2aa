using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Cohorts.Tests.PostgreSql;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests, one per test process: <c>initdb</c> in a temporary folder (trust
/// authentication, the Unix socket in that folder, no TCP), <c>pg_ctl start</c> on a free port, stopped and deleted when
/// the process exits. Each test gets a database of its own (<see cref="CreateDatabaseAsync"/>). The binaries come from
/// <c>COHORTS_PG_BIN</c>, the PATH, or Debian's layout (<c>/usr/lib/postgresql/*/bin</c>, what CI's
/// <c>apt-get install postgresql</c> gives). As root (CI), the cluster runs as the <c>postgres</c> user, which initdb requires.
/// </summary>
public sealed class PostgresServer
{
    /// <summary>The command that installs the server, named when it is missing.</summary>
    public const string InstallHint = "install PostgreSQL (sudo apt-get install -y postgresql) or set COHORTS_PG_BIN to the folder holding initdb and pg_ctl";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => StartAsync(durable: false));
    private static int _databases;

    private PostgresServer(string folder, int port, string? runAs)
    {
        Folder = folder;
        Port = port;
        RunAs = runAs;
    }

    /// <summary>Gets the folder holding initdb and pg_ctl, or null when none was found.</summary>
    public static string? BinFolder { get; } = FindBinFolder();

    /// <summary>Gets a value indicating whether the PostgreSQL tests must run (CI: <c>COHORTS_REQUIRE_POSTGRES=1</c>).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("COHORTS_REQUIRE_POSTGRES") == "1";

    /// <summary>Gets why the PostgreSQL tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => BinFolder is null && !Required ? $"PostgreSQL not found: {InstallHint}." : null;

    /// <summary>Gets the cluster's folder (data in data/, the socket beside it).</summary>
    public string Folder { get; }

    /// <summary>Gets the port (also the socket's name).</summary>
    public int Port { get; }

    private string? RunAs { get; }

    /// <summary>The cluster of this test process, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A connection string to a database of the cluster.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = Folder, Port = Port, Username = "postgres", Database = database, Pooling = true }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string; <see cref="DropDatabaseAsync"/> removes it.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The name is made here from a constant prefix and numbers.
        command.CommandText = $"CREATE DATABASE \"{name}\"";
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its pooled connections first.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // A name this class made.
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Starts a cluster of its own, stopped when the process exits: without fsync for the tests (nothing there is
    /// about surviving a power cut), with PostgreSQL's durable defaults (fsync, synchronous_commit) for a benchmark.
    /// </summary>
    public static async Task<PostgresServer> StartAsync(bool durable)
    {
        var bin = BinFolder ?? throw new InvalidOperationException($"PostgreSQL not found, and COHORTS_REQUIRE_POSTGRES=1: {InstallHint}.");
        var folder = Path.Combine(Path.GetTempPath(), $"cohorts-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..32]);
        Directory.CreateDirectory(folder);
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        if (runAs is not null)
        {
            await RunAsync("chown", ["-R", runAs, folder], null);
        }

        var data = Path.Combine(folder, "data");
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], runAs);
        var port = FreePort();
        var server = new PostgresServer(folder, port, runAs);
        await RunAsync(
            Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", $"-p {port} -k {folder} -c listen_addresses=''{(durable ? string.Empty : " -c fsync=off")} -c max_connections=200", "start"],
            runAs);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(bin);
        return server;
    }

    private void Stop(string bin)
    {
        try
        {
            RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(Folder, "data"), "-m", "immediate", "-w", "stop"], RunAs).GetAwaiter().GetResult();
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // A leftover temporary cluster is harmless; the process is ending anyway.
        }
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, string? runAs)
    {
        var start = new ProcessStartInfo(runAs is null ? file : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAs is not null)
        {
            foreach (var argument in new[] { "-u", runAs, "--", file })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinFolder()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("COHORTS_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            // Debian's layout: /usr/lib/postgresql/<major>/bin, newest first.
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }
}
