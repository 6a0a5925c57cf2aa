using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

public sealed class WorkflowDatabaseTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task MigrateAsync_FreshFile_AppliesEveryMigrationAndCreatesTheTables()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await using var context = await db.CreateDbContextAsync();

        Assert.True(File.Exists(db.Path));
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        await using var connection = await db.OpenConnectionAsync();
        var tables = await QueryStringsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name <> 'sqlite_sequence' ORDER BY name");
        Assert.Equal(["Bookmarks", "ExecutionLog", "Incidents", "WorkflowDefinitions", "WorkflowInstances"], tables);
    }

    [Fact]
    public async Task MigrateAsync_MissingFolder_CreatesItAndIsIdempotent()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var nested = Path.Combine(db.Folder, "data", "nested", "cohorts.db");
        await using var services = new ServiceCollection().AddCohortsEngineSqlite(o => o.DatabasePath = nested).BuildServiceProvider();

        await services.MigrateCohortsEngineAsync();
        await services.MigrateCohortsEngineAsync();

        Assert.True(File.Exists(nested));
        await services.GetRequiredService<IWorkflowDefinitionStore>().AddVersionAsync(new StoredDefinition("d", 1, "D", "{}", Now), None);
        await ClearPoolAsync(services);
    }

    [Fact]
    public async Task HasPendingModelChanges_CheckedInMigrations_MatchTheModel()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await using var context = await db.CreateDbContextAsync();

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: see engine/Cohorts.Engine.EntityFrameworkCore/Migrations/README.md.");
    }

    [Fact]
    public async Task NewServiceProvider_SameFile_ReadsWhatTheFirstWrote()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var id = Guid.NewGuid();
        var signal = Signal(id);
        var instance = Instance(id, bookmarks: [signal]);
        await db.InstanceStore.CommitAsync(Insert(instance, log: [Log(id, ExecutionEvent.WorkflowStarted)]), None);
        await db.DefinitionStore.AddVersionAsync(new StoredDefinition("onboarding", 1, "Onboarding", "{}", Now), None);

        await using var reopened = db.CreateServices();
        await reopened.MigrateCohortsEngineAsync();
        var store = reopened.GetRequiredService<IWorkflowInstanceStore>();

        var found = await store.FindAsync(id, None);
        Assert.Equal(InstanceStateSerializer.Serialize(instance.State), InstanceStateSerializer.Serialize(found!.State));
        Assert.Equal([signal], await store.FindSignalBookmarksAsync("approved", "acme", None));
        Assert.Single(await store.GetLogAsync(id, None));
        Assert.Equal("Onboarding", (await reopened.GetRequiredService<IWorkflowDefinitionStore>().FindAsync("onboarding", null, None))!.Name);
    }

    [Fact]
    public async Task Connection_DefaultOptions_IsWalFullSynchronousWithBusyTimeoutAndForeignKeys()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();

        var pragmas = await ReadPragmasAsync(db);

        Assert.Equal(("wal", 2L, 5000L, 1L), pragmas);
    }

    [Fact]
    public async Task Connection_NormalSynchronousAndBusyTimeout_AreSetOnEveryPooledConnection()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(options =>
        {
            options.Synchronous = SqliteSynchronousMode.Normal;
            options.BusyTimeout = TimeSpan.FromMilliseconds(1234);
        });

        // Reused pooled handles, then two at once (a second handle), all configured.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(("wal", 1L, 1234L, 1L), await ReadPragmasAsync(db));
        }

        var together = await Task.WhenAll(ReadPragmasAsync(db, holdOpen: true), ReadPragmasAsync(db, holdOpen: true));
        Assert.All(together, pragmas => Assert.Equal(("wal", 1L, 1234L, 1L), pragmas));
    }

    [Fact]
    public async Task AddCohortsEngineSqlite_NoDatabasePath_FailsNamingTheSetting()
    {
        await using var services = new ServiceCollection().AddCohortsEngineSqlite().BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SqliteWorkflowStoreOptions>>().Value);

        Assert.Contains("SqliteWorkflowStoreOptions.DatabasePath (Cohorts:Sqlite:DatabasePath) is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCohortsEngineSqlite_StoresAlreadyRegistered_KeepsThem()
    {
        var services = new ServiceCollection();
        var existing = new UnusedInstanceStore();
        services.AddSingleton<IWorkflowInstanceStore>(existing);

        await using var provider = services.AddCohortsEngineSqlite(o => o.DatabasePath = "unused.db").BuildServiceProvider();

        Assert.Same(existing, provider.GetRequiredService<IWorkflowInstanceStore>());
        Assert.Same(provider.GetRequiredService<IWorkflowDefinitionStore>(), provider.GetRequiredService<IWorkflowDefinitionStore>());
    }

    [Fact]
    public async Task AddCohortsEngineSqlite_CalledTwice_RegistersOnceAndComposesOptions()
    {
        var services = new ServiceCollection()
            .AddCohortsEngineSqlite(o => o.DatabasePath = "first.db")
            .AddCohortsEngineSqlite(o => o.Synchronous = SqliteSynchronousMode.Normal);

        await using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IWorkflowInstanceStore));
        var options = provider.GetRequiredService<IOptions<SqliteWorkflowStoreOptions>>().Value;
        Assert.Equal(("first.db", SqliteSynchronousMode.Normal), (options.DatabasePath, options.Synchronous));
    }

    private static async Task<(string JournalMode, long Synchronous, long BusyTimeout, long ForeignKeys)> ReadPragmasAsync(SqliteTestDatabase db, bool holdOpen = false)
    {
        await using var context = await db.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        var result = (
            (string)(await ScalarAsync(connection, "PRAGMA journal_mode"))!,
            (long)(await ScalarAsync(connection, "PRAGMA synchronous"))!,
            (long)(await ScalarAsync(connection, "PRAGMA busy_timeout"))!,
            (long)(await ScalarAsync(connection, "PRAGMA foreign_keys"))!);
        if (holdOpen)
        {
            await Task.Delay(50);
        }

        await context.Database.CloseConnectionAsync();
        return result;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<List<string>> QueryStringsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task ClearPoolAsync(IServiceProvider services)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        using var connection = new SqliteConnection(context.Database.GetConnectionString());
        SqliteConnection.ClearPool(connection);
    }
}
