using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Tests.Persistence;
using Cohorts.Tests.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Engine.Tests.PostgreSql;

/// <summary>
/// A real, migrated PostgreSQL database of the test cluster (<see cref="PostgresServer"/>), dropped on dispose: the
/// PostgreSQL counterpart of <see cref="SqliteTestDatabase"/>, with the stores of <c>AddCohortsEnginePostgreSql</c>.
/// </summary>
public sealed class PostgreSqlTestDatabase : IStoreTestDatabase
{
    private readonly PostgresServer _server;

    private PostgreSqlTestDatabase(PostgresServer server, string connectionString)
    {
        _server = server;
        ConnectionString = connectionString;
        Services = CreateServices();
    }

    /// <summary>Gets the connection string of the database.</summary>
    public string ConnectionString { get; }

    /// <summary>Gets the service provider the stores come from.</summary>
    public ServiceProvider Services { get; }

    /// <inheritdoc />
    public IWorkflowInstanceStore InstanceStore => Services.GetRequiredService<IWorkflowInstanceStore>();

    /// <inheritdoc />
    public IWorkflowDefinitionStore DefinitionStore => Services.GetRequiredService<IWorkflowDefinitionStore>();

    /// <summary>Creates a database and applies the engine's PostgreSQL migrations.</summary>
    public static async Task<PostgreSqlTestDatabase> CreateAsync()
    {
        var server = await PostgresServer.GetAsync();
        var database = new PostgreSqlTestDatabase(server, await server.CreateDatabaseAsync("engine"));
        try
        {
            await database.Services.MigrateCohortsEngineAsync();
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Builds another, independent service provider on the same database (as another host would); the caller disposes it.</summary>
    public ServiceProvider CreateServices() =>
        new ServiceCollection()
            .AddCohortsEnginePostgreSql(ConnectionString)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    /// <summary>Creates a context from the stores' pooled factory, to inspect tables directly; the caller disposes it.</summary>
    public Task<WorkflowDbContext> CreateDbContextAsync() =>
        Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();

    /// <summary>Disposes the services and drops the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _server.DropDatabaseAsync(ConnectionString);
    }
}
