using Cohorts.Engine.Instances;
using Microsoft.Data.Sqlite;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// A step's rows and the hot reads run through SQLite's C API while nothing listens to EF's command diagnostics, and as
/// Microsoft.Data.Sqlite commands reported to EF while something does: both store exactly the same values, of the same
/// SQLite types, and read them back alike.
/// </summary>
public sealed class SqliteKeptStatementTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Guid InstanceId = Guid.Parse("0f3c2a9e-6b1d-4c7e-9a55-1d2e3f405a6b");
    private static readonly Guid SignalId = Guid.Parse("a1b2c3d4-e5f6-4789-abcd-ef0123456789");
    private static readonly Guid TimerId = Guid.Parse("98765432-10fe-4dcb-a987-6543210fedcb");

    [Fact]
    public async Task CommitAsync_WithAndWithoutCommandDiagnostics_StoresTheSameValuesOfTheSameTypes()
    {
        var direct = await StepsAsync(capture: null);
        using var capture = SqliteCommandCapture.Start();
        var reported = await StepsAsync(capture);

        Assert.Equal(reported, direct);
        Assert.Contains(direct, row => row.Contains("Id='0F3C2A9E-6B1D-4C7E-9A55-1D2E3F405A6B'", StringComparison.Ordinal));
        Assert.Contains(direct, row => row.Contains("FinishedAt=NULL", StringComparison.Ordinal));
        Assert.Contains(direct, row => row.Contains("Status='Suspended'", StringComparison.Ordinal));
        Assert.Contains(direct, row => row.Contains("'début ’'", StringComparison.Ordinal));
    }

    private static async Task<List<string>> StepsAsync(SqliteCommandCapture? capture)
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var signal = Signal(InstanceId, correlationKey: "acme-é", id: SignalId);
        var timer = Timer(InstanceId, Now.AddDays(3), id: TimerId);
        await db.InstanceStore.CommitAsync(Insert(Instance(InstanceId, bookmarks: [signal, timer]), [Log(InstanceId, ExecutionEvent.WorkflowStarted, "début ’")]), None);

        var waiting = await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme-é", None);
        Assert.Equal([signal], waiting);
        Assert.Equal("acme", (await db.InstanceStore.FindAsync(InstanceId, None))!.CorrelationId);

        var done = Instance(InstanceId, version: 2, status: WorkflowStatus.Completed);
        done.FinishedAt = Now.AddHours(1);
        await db.InstanceStore.CommitAsync(Update(done, 1, removed: [signal], log: [Log(InstanceId, ExecutionEvent.WorkflowCompleted, at: Now.AddHours(1))]), None);
        var stillRunning = Instance(InstanceId, version: 3);
        stillRunning.State.Variables["note"] = "début ’ <b>&</b> \u00e9\ud83d\ude00 \"quoted\"";
        await db.InstanceStore.CommitAsync(Update(stillRunning, 2), None);
        Assert.Equal(InstanceStateSerializer.Serialize(stillRunning.State), await StoredStateAsync(db.Path));
        Assert.Empty(await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme-é", None));

        if (capture is not null)
        {
            Assert.Contains(capture.CommandsFor(db.Path), c => c.Text.StartsWith("UPDATE \"WorkflowInstances\"", StringComparison.Ordinal));
        }

        return await DumpAsync(db.Path);
    }

    /// <summary>The instance row's state column, as stored.</summary>
    private static async Task<string> StoredStateAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"State\" FROM \"WorkflowInstances\" WHERE typeof(\"State\") = 'text'";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every row of the step's tables, each column as SQLite quotes it (text in quotes, numbers bare, NULL).</summary>
    private static async Task<List<string>> DumpAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var table in new[] { "WorkflowInstances", "Bookmarks", "ExecutionLog" })
        {
            var columns = new List<string>();
            await using (var info = connection.CreateCommand())
            {
                info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
                await using var names = await info.ExecuteReaderAsync();
                while (await names.ReadAsync())
                {
                    columns.Add(names.GetString(0));
                }
            }

            Assert.NotEmpty(columns);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"quote(\"{c}\")"))} FROM \"{table}\" ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{table}: {string.Join(", ", columns.Select((c, i) => $"{c}={reader.GetString(i)}"))}");
            }
        }

        return rows;
    }
}
