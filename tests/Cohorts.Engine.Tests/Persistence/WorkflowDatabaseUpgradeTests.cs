using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Microsoft.Data.Sqlite;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// A file written under an older schema upgrades in place, keeps every row, and the engine goes on with it; the
/// schema is the one the step commit was measured on (docs/PERFORMANCE.md).
/// </summary>
public sealed class WorkflowDatabaseUpgradeTests
{
    private const string InitialCreate = "20261125001414_InitialCreate";

    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task MigrateAsync_FromInitialCreate_KeepsEveryRowAndGoesOn()
    {
        await using var db = await SqliteTestDatabase.CreateAtMigrationAsync(InitialCreate);
        var id = Guid.NewGuid();
        var (signalBookmark, timerBookmark, incident) = (Signal(id), Timer(id, Now.AddDays(1)), Incident(id));
        var instance = Instance(id, bookmarks: [signalBookmark, timerBookmark]);
        await db.InstanceStore.CommitAsync(
            Insert(instance, log: [Log(id, ExecutionEvent.WorkflowStarted, "1"), Log(id, ExecutionEvent.ActivityStarted, "2")], incidents: [incident]),
            None);

        await db.Services.MigrateCohortsEngineAsync();

        var found = await db.InstanceStore.FindAsync(id, None);
        Assert.Equal(InstanceStateSerializer.Serialize(instance.State), InstanceStateSerializer.Serialize(found!.State));
        Assert.Equal([signalBookmark], await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", None));
        Assert.Equal([timerBookmark], await db.InstanceStore.FindDueTimersAsync(Now.AddDays(2), 10, None));
        Assert.Equal([incident], await db.InstanceStore.GetIncidentsAsync(id, None));

        // The engine goes on: a step removes the signal bookmark and appends to the log after the copied entries.
        await db.InstanceStore.CommitAsync(
            Update(Instance(id, version: 2), 1, removed: [signalBookmark], log: [Log(id, ExecutionEvent.ActivityResumed, "3")]),
            None);
        Assert.Equal(["1", "2", "3"], (await db.InstanceStore.GetLogAsync(id, None)).Select(e => e.Detail));
        Assert.Empty(await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", None));
        Assert.Single(await db.InstanceStore.ListAsync(new InstanceQuery { Status = WorkflowStatus.Suspended }, None));
        Assert.Equal([timerBookmark], await db.InstanceStore.FindDueTimersAsync(Now.AddDays(2), 10, None));
    }

    [Fact]
    public async Task MigrateAsync_DownToInitialCreate_RestoresItsSchemaAndKeepsTheRows()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var id = Guid.NewGuid();
        var signal = Signal(id);
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [signal]), log: [Log(id, ExecutionEvent.WorkflowStarted)]), None);

        await db.MigrateToAsync(InitialCreate);

        await using var connection = await db.OpenConnectionAsync();
        Assert.DoesNotContain("WITHOUT ROWID", await TableSqlAsync(connection, "Bookmarks"), StringComparison.Ordinal);
        Assert.Contains("AUTOINCREMENT", await TableSqlAsync(connection, "ExecutionLog"), StringComparison.Ordinal);
        Assert.Contains("IX_WorkflowInstances_Status", await IndexNamesAsync(connection));
        Assert.Equal([signal], await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", None));
        Assert.Single(await db.InstanceStore.GetLogAsync(id, None));
    }

    [Fact]
    public async Task MigrateAsync_FreshFile_BookmarksWithoutRowidAndOnlyTheIndexesQueriesRead()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await using var connection = await db.OpenConnectionAsync();

        Assert.DoesNotContain("WITHOUT ROWID", await TableSqlAsync(connection, "WorkflowInstances"), StringComparison.Ordinal);
        Assert.EndsWith("WITHOUT ROWID", await TableSqlAsync(connection, "Bookmarks"), StringComparison.Ordinal);
        Assert.DoesNotContain("AUTOINCREMENT", await TableSqlAsync(connection, "ExecutionLog"), StringComparison.Ordinal);
        Assert.Equal(
            [
                "IX_Bookmarks_DueAt_Id", "IX_Bookmarks_Name_CorrelationKey", "IX_ExecutionLog_InstanceId",
                "IX_Incidents_InstanceId", "IX_WorkflowInstances_CorrelationId",
            ],
            await IndexNamesAsync(connection));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM pragma_foreign_key_check"));
    }

    private static async Task<string> TableSqlAsync(SqliteConnection connection, string table) =>
        (string)(await ScalarAsync(connection, $"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '{table}'"))!;

    /// <summary>The named indexes (not SQLite's automatic ones for primary keys), by name.</summary>
    private static async Task<List<string>> IndexNamesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
