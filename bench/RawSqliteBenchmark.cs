using Microsoft.Data.Sqlite;

namespace Cohorts.Bench;

/// <summary>
/// The physical limit: single-row transactions, each committed durably, on a SQLite file with the same settings
/// the engine uses (WAL, synchronous=FULL). Nothing built on SQLite can commit steps faster than this.
/// </summary>
internal sealed class RawSqliteBenchmark : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;

    private RawSqliteBenchmark(SqliteConnection connection, SqliteCommand insert)
    {
        _connection = connection;
        _insert = insert;
    }

    public static RawSqliteBenchmark Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        Execute(connection, "CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL);");
        var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t (payload) VALUES ($p);";
        insert.Parameters.Add("$p", SqliteType.Text).Value = new string('x', 200);
        insert.Prepare();
        return new RawSqliteBenchmark(connection, insert);
    }

    /// <summary>Commits <paramref name="transactions"/> single-row transactions, one after the other.</summary>
    public void Commit(int transactions)
    {
        for (var i = 0; i < transactions; i++)
        {
            using var transaction = _connection.BeginTransaction();
            _insert.Transaction = transaction;
            _insert.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public void Dispose()
    {
        _insert.Dispose();
        _connection.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
