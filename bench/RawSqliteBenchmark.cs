using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Cohorts.Bench;

/// <summary>
/// The physical limit: single-row transactions, each committed durably, on a SQLite file with the same settings
/// the engine uses (WAL, synchronous=FULL). Nothing built on SQLite can commit steps faster than this.
/// </summary>
internal static class RawSqliteBenchmark
{
    public static double Run(string path, int transactions)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        Execute(connection, "CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL);");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t (payload) VALUES ($p);";
        var payload = insert.Parameters.Add("$p", SqliteType.Text);
        payload.Value = new string('x', 200);

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < transactions; i++)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            insert.ExecuteNonQuery();
            transaction.Commit();
        }

        return transactions / watch.Elapsed.TotalSeconds;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
