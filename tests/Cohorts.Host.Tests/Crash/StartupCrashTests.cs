using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Cohorts.Host.Tests.Crash;

/// <summary>
/// The host as a real process SIGKILLed again and again in its first seconds, on a new installation's files: while the
/// runtime loads, while the engine's, the domain's and the accounts' migrations run, while it reconciles. It must then
/// start, fully migrated, with no migration lock left behind.
/// </summary>
[Trait("Category", "Crash")]
public sealed class StartupCrashTests(ITestOutputHelper output)
{
    // Every quarter of a second over a start-up on this machine class: the runtime alone takes about half a second,
    // the first migrations one to three seconds more (later starts find more of them applied, and only check). With
    // timed kills alone, about one run in two caught a migration holding EF's old lock.
    private static readonly int[] KillAfterMilliseconds = [.. Enumerable.Range(0, 15).Select(i => 500 + (250 * i))];

    [Fact]
    public async Task Host_KilledRepeatedlyWhileStarting_StartsMigratedWithNoLockLeft()
    {
        using var files = new HostFiles();
        await using var host = new HostProcess(files);

        // First, killed the moment the new file shows EF's migration lock taken (a row in __EFMigrationsLock: the first
        // migrations under way); then at moments spread over the next start-ups.
        host.Launch();
        var killedHoldingTheLock = await WaitForLockAsync(files.DatabasePath, TimeSpan.FromSeconds(30));
        await host.KillAsync();

        foreach (var delay in KillAfterMilliseconds)
        {
            host.Launch();
            await Task.Delay(delay);
            await host.KillAsync();
        }

        // Before the fix, EF's lock row left by one of these kills made this start wait for ever (a TimeoutException here).
        await host.StartAsync();
        output.WriteLine($"{host.Kills} kills during start-up, the first while EF's migration lock was held ({killedHoldingTheLock}), then started in {host.StartTime.TotalSeconds:F1} s.");
        Assert.True(killedHoldingTheLock, "The first kill did not catch the migrations holding their lock: the test proves less than it says.");

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = files.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
        foreach (var history in new[] { "__EFMigrationsHistory", "__CohortsMigrationsHistory", "__IdentityMigrationsHistory" })
        {
            Assert.True((long)(await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{history}\""))! > 0, $"{history} is empty.");
        }

        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
    }

    /// <summary>Polls the file (read-only, as another process) until EF's lock row is there; false after <paramref name="limit"/>.</summary>
    private static async Task<bool> WaitForLockAsync(string databasePath, TimeSpan limit)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (File.Exists(databasePath))
            {
                try
                {
                    await using var connection = new SqliteConnection(connectionString);
                    await connection.OpenAsync();
                    if ((long)(await ScalarAsync(connection, "SELECT COUNT(*) FROM \"__EFMigrationsLock\""))! > 0)
                    {
                        return true;
                    }
                }
                catch (SqliteException)
                {
                    // Not created yet, or busy for a moment.
                }
            }

            await Task.Delay(2);
        }

        return false;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
