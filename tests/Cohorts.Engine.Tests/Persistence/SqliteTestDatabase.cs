using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Engine.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// A real, migrated SQLite database file in its own temporary folder, deleted on dispose. One per test:
/// <code>
/// await using var db = await SqliteTestDatabase.CreateAsync();
/// await db.InstanceStore.CommitAsync(commit, CancellationToken.None);
/// </code>
/// </summary>
public sealed class SqliteTestDatabase : IStoreTestDatabase
{
    private readonly Action<SqliteWorkflowStoreOptions>? _configure;

    private SqliteTestDatabase(string folder, Action<SqliteWorkflowStoreOptions>? configure)
    {
        Folder = folder;
        Path = System.IO.Path.Combine(folder, "cohorts.db");
        _configure = configure;
        Services = CreateServices();
    }

    /// <summary>Gets the temporary folder holding the database file (and its -wal and -shm files).</summary>
    public string Folder { get; }

    /// <summary>Gets the database file's path.</summary>
    public string Path { get; }

    /// <summary>Gets the service provider the stores come from (AddCohortsEngineSqlite on <see cref="Path"/>).</summary>
    public ServiceProvider Services { get; }

    /// <summary>Gets the instance store.</summary>
    public IWorkflowInstanceStore InstanceStore => Services.GetRequiredService<IWorkflowInstanceStore>();

    /// <summary>Gets the definition store.</summary>
    public IWorkflowDefinitionStore DefinitionStore => Services.GetRequiredService<IWorkflowDefinitionStore>();

    /// <summary>Creates and migrates a new database file; <paramref name="configure"/> may change options other than the path.</summary>
    public static Task<SqliteTestDatabase> CreateAsync(Action<SqliteWorkflowStoreOptions>? configure = null) =>
        CreateAsync(database => database.Services.MigrateCohortsEngineAsync(), configure);

    /// <summary>
    /// Creates a new database file migrated up to <paramref name="migration"/> only (as an older version left it), for
    /// upgrade tests: <see cref="MigrateToAsync"/> or <c>Services.MigrateCohortsEngineAsync()</c> takes it further.
    /// </summary>
    public static Task<SqliteTestDatabase> CreateAtMigrationAsync(string migration) =>
        CreateAsync(database => database.MigrateToAsync(migration));

    /// <summary>Migrates the file up or down to <paramref name="migration"/> (a full migration id).</summary>
    public async Task MigrateToAsync(string migration)
    {
        await using var context = await CreateDbContextAsync();
        await SqliteMigrations.MigrateSqliteAsync(context, migration, CancellationToken.None);
    }

    private static async Task<SqliteTestDatabase> CreateAsync(Func<SqliteTestDatabase, Task> migrate, Action<SqliteWorkflowStoreOptions>? configure = null)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cohorts-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new SqliteTestDatabase(folder, configure);
        try
        {
            await migrate(database);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Builds another, independent service provider on the same file (as a restarted process would); the caller disposes it.
    /// </summary>
    public ServiceProvider CreateServices() =>
        new ServiceCollection()
            .AddCohortsEngineSqlite(options =>
            {
                _configure?.Invoke(options);
                options.DatabasePath = Path;
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    /// <summary>Creates a context from the stores' pooled factory, to inspect tables directly; the caller disposes it.</summary>
    public Task<WorkflowDbContext> CreateDbContextAsync() =>
        Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();

    /// <summary>Opens a plain connection to the file (no pragmas set), for SQL the stores do not run; the caller disposes it.</summary>
    public async Task<SqliteConnection> OpenConnectionAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs SQL the stores do not run on a plain connection of its own (<see cref="OpenConnectionAsync"/>).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Reads one value with SQL the stores do not run, on a plain connection of its own.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Disposes the services, closes pooled connections to the file and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        string? connectionString = null;
        try
        {
            await using var context = await CreateDbContextAsync();
            connectionString = context.Database.GetConnectionString();
        }
        catch (OptionsValidationException)
        {
            // Options that failed validation never opened the file.
        }

        await Services.DisposeAsync();
        if (connectionString is not null)
        {
            // Only this file's pool: other tests' connections stay open.
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }
}
