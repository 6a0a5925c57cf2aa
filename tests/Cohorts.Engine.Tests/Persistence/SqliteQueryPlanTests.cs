using Xunit.Abstractions;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>The runtime's hot lookups are index searches, checked on the SQL the store really sends.</summary>
public sealed class SqliteQueryPlanTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FindSignalBookmarksAsync_QueryPlan_SearchesTheNameCorrelationKeyIndex()
    {
        using var capture = SqliteCommandCapture.Start();
        await using var db = await SqliteTestDatabase.CreateAsync();
        await SeedAsync(db);

        await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", CancellationToken.None);

        var plan = await ExplainBookmarkQueryAsync(db, capture);
        Assert.Contains(plan, line => line.Contains("USING INDEX IX_Bookmarks_Name_CorrelationKey (Name=? AND CorrelationKey=?)"));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN"));
    }

    [Fact]
    public async Task FindDueTimersAsync_QueryPlan_SearchesTheTimersDueAtIndexWithoutSorting()
    {
        using var capture = SqliteCommandCapture.Start();
        await using var db = await SqliteTestDatabase.CreateAsync();
        await SeedAsync(db);

        await db.InstanceStore.FindDueTimersAsync(Now, 100, CancellationToken.None);

        var plan = await ExplainBookmarkQueryAsync(db, capture);
        Assert.Contains(plan, line => line.Contains("USING INDEX IX_Bookmarks_DueAt_Id (DueAt<?)"));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN"));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE"));
    }

    [Fact]
    public async Task FindSignalTargetsAsync_QueryPlan_SearchesTheSignalIndexThenTheInstancesKey()
    {
        using var capture = SqliteCommandCapture.Start();
        await using var db = await SqliteTestDatabase.CreateAsync();
        await SeedAsync(db);

        var targets = await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", CancellationToken.None);

        Assert.Single(targets);
        var plan = await ExplainBookmarkQueryAsync(db, capture);
        Assert.Contains(plan, line => line.Contains("USING INDEX IX_Bookmarks_Name_CorrelationKey (Name=? AND CorrelationKey=?)"));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN"));
    }

    private static async Task SeedAsync(SqliteTestDatabase db)
    {
        var id = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [Signal(id), Timer(id, Now)])), CancellationToken.None);
    }

    private async Task<IReadOnlyList<string>> ExplainBookmarkQueryAsync(SqliteTestDatabase db, SqliteCommandCapture capture)
    {
        var query = Assert.Single(capture.CommandsFor(db.Path), c => c.Text.StartsWith("SELECT") && c.Text.Contains("FROM \"Bookmarks\""));
        await using var connection = await db.OpenConnectionAsync();
        var plan = await SqliteCommandCapture.ExplainAsync(connection, query);
        output.WriteLine(query.Text);
        output.WriteLine(string.Join(Environment.NewLine, plan));
        return plan;
    }
}
