using Npgsql;
using NpgsqlTypes;

namespace Cohorts.Bench.PostgreSql;

/// <summary>
/// The physical limit on PostgreSQL: single-row transactions on one connection, each committed durably (the server's
/// defaults: fsync on, synchronous_commit on), with a prepared insert. Nothing built on the server commits steps for
/// one client faster than this.
/// </summary>
internal sealed class RawPostgreSqlBenchmark : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _insert;

    private RawPostgreSqlBenchmark(NpgsqlConnection connection, NpgsqlCommand insert)
    {
        _connection = connection;
        _insert = insert;
    }

    public static async Task<RawPostgreSqlBenchmark> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS bench_raw (id bigserial PRIMARY KEY, payload text NOT NULL)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var insert = new NpgsqlCommand("INSERT INTO bench_raw (payload) VALUES ($1)", connection);
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = new string('x', 200) });
        await insert.PrepareAsync();
        return new RawPostgreSqlBenchmark(connection, insert);
    }

    /// <summary>Commits <paramref name="transactions"/> single-row transactions, one after the other.</summary>
    public async Task CommitAsync(int transactions)
    {
        for (var i = 0; i < transactions; i++)
        {
            await using var transaction = await _connection.BeginTransactionAsync();
            _insert.Transaction = transaction;
            await _insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
