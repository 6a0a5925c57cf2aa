using Microsoft.Data.Sqlite;

namespace Cohorts.Host.Tests.Scheduling;

public sealed class SchedulerFileTests
{
    [Fact]
    public async Task Start_NewInstallation_SchedulerFileUsesTheWriteAheadLog()
    {
        await using var host = new CohortsHostFactory();
        host.CreateClient().Dispose();

        Assert.Equal("wal", await JournalModeAsync(host.Files.SchedulerPath));
    }

    [Fact]
    public async Task Start_SchedulerFileWithRollbackJournal_SwitchedToTheWriteAheadLog()
    {
        using var files = new HostFiles();
        await using (var connection = new SqliteConnection($"Data Source={files.SchedulerPath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE kept (id INTEGER PRIMARY KEY); INSERT INTO kept VALUES (7);";
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal("delete", await JournalModeAsync(files.SchedulerPath));
        await using var host = new CohortsHostFactory(files);
        host.CreateClient().Dispose();

        Assert.Equal("wal", await JournalModeAsync(files.SchedulerPath));
        Assert.Equal(7L, await ScalarAsync(files.SchedulerPath, "SELECT id FROM kept;"));
    }

    private static async Task<string> JournalModeAsync(string path) => (string)(await ScalarAsync(path, "PRAGMA journal_mode;"))!;

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
