using Cohorts.Tests.PostgreSql;

namespace Cohorts.Host.Tests.PostgreSql;

/// <summary>
/// The database a host test runs on, for the journeys run on both providers: nothing to set on SQLite (the factory's
/// own file), a database of the test process's PostgreSQL cluster otherwise, dropped at the end.
/// </summary>
internal sealed class ProviderDatabase : IAsyncDisposable
{
    private readonly PostgresServer? _server;
    private readonly string? _connectionString;

    private ProviderDatabase(PostgresServer? server, string? connectionString)
    {
        _server = server;
        _connectionString = connectionString;
    }

    /// <summary>Gets the host settings that put it on this database.</summary>
    public IDictionary<string, string?> Settings => _connectionString is null
        ? new Dictionary<string, string?>()
        : new Dictionary<string, string?>
        {
            ["Cohorts:Database:Provider"] = "PostgreSql",
            ["Cohorts:Database:PostgreSql:ConnectionString"] = _connectionString,
        };

    public static async Task<ProviderDatabase> CreateAsync(StoreProvider provider, string name)
    {
        if (provider == StoreProvider.Sqlite)
        {
            return new ProviderDatabase(null, null);
        }

        var server = await PostgresServer.GetAsync();
        return new ProviderDatabase(server, await server.CreateDatabaseAsync(name));
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null && _connectionString is not null)
        {
            await _server.DropDatabaseAsync(_connectionString);
        }
    }
}
