using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// A process killed while migrating does not keep the next one from starting; two processes do not migrate one file at
/// once.
/// </summary>
public sealed class SqliteMigrationLockTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task MigrateAsync_LockRowLeftByAProcessKilledWhileMigrating_IsClearedAndTheMigrationRuns()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();

        // What EF Core leaves in the file when its process dies between taking its lock and releasing it.
        await db.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
            "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-12-04 14:55:14.4551778+00:00');");

        // EF alone waits for that row forever: the host never started again.
        await db.Services.MigrateCohortsEngineAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0L, await db.ScalarAsync("SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
    }

    [Fact]
    public async Task AcquireAsync_HeldByAnother_WaitsUntilItIsReleased()
    {
        var folder = Directory.CreateTempSubdirectory("cohorts-lock-tests").FullName;
        try
        {
            var database = Path.Combine(folder, "cohorts.db");
            var clock = new FakeTimeProvider();
            var first = await SqliteMigrationLock.AcquireAsync(database, clock, None);

            var second = SqliteMigrationLock.AcquireAsync(database, clock, None);
            clock.Advance(SqliteMigrationLock.RetryDelay * 3);
            Assert.False(second.IsCompleted);

            await first.DisposeAsync();
            while (!second.IsCompleted)
            {
                clock.Advance(SqliteMigrationLock.RetryDelay);
                await Task.Yield();
            }

            await (await second).DisposeAsync();
            Assert.True(File.Exists(SqliteMigrationLock.PathFor(database)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AcquireAsync_FolderMissing_ThrowsAtOnce()
    {
        var database = Path.Combine(Path.GetTempPath(), "cohorts-lock-tests", Guid.NewGuid().ToString("N"), "cohorts.db");

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => SqliteMigrationLock.AcquireAsync(database, new FakeTimeProvider(), None));
    }
}
