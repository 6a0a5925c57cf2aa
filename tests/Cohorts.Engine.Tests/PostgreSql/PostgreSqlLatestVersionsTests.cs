using Cohorts.Engine.EntityFrameworkCore.PostgreSql;
using Cohorts.Engine.Persistence;
using Cohorts.Tests.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.PostgreSql;

/// <summary>
/// The latest version numbers a PostgreSQL host keeps (<see cref="PostgreSqlLatestVersions"/>): kept while its listener
/// listens, forgotten when any host publishes, never trusted while the listener is down.
/// </summary>
public sealed class PostgreSqlLatestVersionsTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [PostgresFact]
    public async Task FindLatestVersionAsync_Listening_KeepsTheNumber_AndAnotherHostsPublicationIsSeenThroughItsNotification()
    {
        await using var db = await PostgreSqlTestDatabase.CreateAsync();
        await using var other = db.CreateServices();
        var store = (PostgreSqlWorkflowDefinitionStore)db.DefinitionStore;
        await store.AddVersionAsync(Definition(1), None);
        Assert.Equal(1, await store.FindLatestVersionAsync("onboarding", None));
        await WaitUntilAsync(() => Task.FromResult(store.LatestVersions.Listens), "the listener to listen");
        Assert.Equal(1, await store.FindLatestVersionAsync("onboarding", None));

        // A row added behind the hosts' backs (no notification) is not seen: the number is kept, not read again.
        await AddUnannouncedAsync(db, 2);
        Assert.Equal(1, await store.FindLatestVersionAsync("onboarding", None));

        // Another host publishes: its notification, sent with its commit, makes this one read again.
        await other.GetRequiredService<IWorkflowDefinitionStore>().AddVersionAsync(Definition(3), None);
        await WaitUntilAsync(async () => await store.FindLatestVersionAsync("onboarding", None) == 3, "version 3 to be seen");
    }

    [PostgresFact]
    public async Task FindLatestVersionAsync_ListenerLost_ReadsTheDatabaseAgain()
    {
        await using var db = await PostgreSqlTestDatabase.CreateAsync();
        var store = (PostgreSqlWorkflowDefinitionStore)db.DefinitionStore;
        await store.AddVersionAsync(Definition(1), None);
        Assert.Equal(1, await store.FindLatestVersionAsync("onboarding", None));
        await WaitUntilAsync(() => Task.FromResult(store.LatestVersions.Listens), "the listener to listen");
        Assert.Equal(1, await store.FindLatestVersionAsync("onboarding", None));

        await using (var context = await db.CreateDbContextAsync())
        {
            await context.Database.ExecuteSqlAsync(
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'cohorts-definition-listener'");
        }

        await WaitUntilAsync(() => Task.FromResult(!store.LatestVersions.Listens), "the listener to notice");
        await AddUnannouncedAsync(db, 2);

        // Whether it listens again already or not, nothing kept before the loss answers.
        Assert.Equal(2, await store.FindLatestVersionAsync("onboarding", None));
        await WaitUntilAsync(() => Task.FromResult(store.LatestVersions.Listens), "the listener to listen again");
        Assert.Equal(2, await store.FindLatestVersionAsync("onboarding", None));
    }

    private static StoredDefinition Definition(int version) => new("onboarding", version, "Onboarding", "{}", Now);

    private static async Task AddUnannouncedAsync(PostgreSqlTestDatabase db, int version)
    {
        await using var context = await db.CreateDbContextAsync();
        context.Definitions.Add(Cohorts.Engine.EntityFrameworkCore.Records.DefinitionRecord.FromDefinition(Definition(version)));
        await context.SaveChangesAsync();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        // The listener is a real connection to a real server: this waits on its I/O, not on a clock of ours.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < Patience, $"Waited {Patience.TotalSeconds} s for {what}.");
            await Task.Delay(20);
        }
    }
}
