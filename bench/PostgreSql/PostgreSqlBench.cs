using Cohorts.Tests.PostgreSql;
using Npgsql;

namespace Cohorts.Bench.PostgreSql;

/// <summary>
/// <c>-- quick --provider postgresql</c>: the engine on PostgreSQL, on the server <c>COHORTS_BENCH_POSTGRESQL</c> names
/// (a connection string to an empty database the run may write to), or else on a throwaway cluster with PostgreSQL's
/// durable defaults, started from Debian's binaries as the tests do.
/// </summary>
internal static class PostgreSqlBench
{
    public const string ConnectionVariable = "COHORTS_BENCH_POSTGRESQL";

    public static async Task<int> RunAsync(BenchSizes sizes)
    {
        var given = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(given) && PostgresServer.BinFolder is null)
        {
            await Console.Error.WriteLineAsync($"PostgreSQL not found: {PostgresServer.InstallHint}, or set {ConnectionVariable} to a connection string.");
            return 2;
        }

        PostgresServer? server = null;
        string connectionString;
        if (string.IsNullOrWhiteSpace(given))
        {
            Progress.Note("starting a throwaway PostgreSQL cluster (fsync on)");
            server = await PostgresServer.StartAsync(durable: true);
            connectionString = await server.CreateDatabaseAsync("bench");
        }
        else
        {
            connectionString = given;
        }

        try
        {
            Progress.Note($"{sizes.Mode} run on PostgreSQL");
            foreach (var figure in await PostgreSqlThroughputBenchmark.RunAsync(connectionString, sizes, new BenchClock()))
            {
                Console.WriteLine(figure);
            }

            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (server is not null)
            {
                await server.DropDatabaseAsync(connectionString);
            }
        }
    }
}
