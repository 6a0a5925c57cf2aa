using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Persistence;
using Cohorts.Tests.PostgreSql;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

public sealed class WorkflowDefinitionStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task FindAsync_VersionOrNull_ReturnsThatVersionOrTheLatest(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var v1 = Definition("onboarding", 1);
        var v2 = Definition("onboarding", 2);
        await db.DefinitionStore.AddVersionAsync(v1, None);
        await db.DefinitionStore.AddVersionAsync(v2, None);

        Assert.Equal(v1, await db.DefinitionStore.FindAsync("onboarding", 1, None));
        Assert.Equal(v2, await db.DefinitionStore.FindAsync("onboarding", null, None));
        Assert.Null(await db.DefinitionStore.FindAsync("onboarding", 3, None));
        Assert.Null(await db.DefinitionStore.FindAsync("unknown", null, None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task AddVersionAsync_ExistingVersion_ThrowsConflictAndKeepsTheStoredOne(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var stored = Definition("onboarding", 1);
        await db.DefinitionStore.AddVersionAsync(stored, None);

        var exception = await Assert.ThrowsAsync<ConcurrencyConflictException>(async () =>
            await db.DefinitionStore.AddVersionAsync(stored with { Name = "Rival", Json = "{}" }, None));

        Assert.Contains("Version 1 of workflow definition 'onboarding'", exception.Message, StringComparison.Ordinal);
        Assert.Equal([stored], await db.DefinitionStore.ListVersionsAsync("onboarding", None));
    }

    /// <summary>
    /// Two publications at once both take the next number: the second is told by a read behind the write gate, not by
    /// an INSERT that breaks the unique key (which EF logs as an error, though the conflict is expected and retried).
    /// </summary>
    [Fact]
    public async Task AddVersionAsync_ExistingVersionOnSqlite_FindsItWithoutAFailingInsert()
    {
        using var capture = SqliteCommandCapture.Start();
        await using var db = await SqliteTestDatabase.CreateAsync();
        await db.DefinitionStore.AddVersionAsync(Definition("onboarding", 1), None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await db.DefinitionStore.AddVersionAsync(Definition("onboarding", 1) with { Name = "Rival" }, None));

        Assert.Single(capture.CommandsFor(db.Path), c => c.Text.Contains("INSERT INTO \"WorkflowDefinitions\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task ListVersionsAsync_SeveralVersions_ReturnsThemOldestFirst(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        await db.DefinitionStore.AddVersionAsync(Definition("onboarding", 2), None);
        await db.DefinitionStore.AddVersionAsync(Definition("offboarding", 1), None);
        await db.DefinitionStore.AddVersionAsync(Definition("onboarding", 1), None);
        await db.DefinitionStore.AddVersionAsync(Definition("onboarding", 3), None);

        Assert.Equal([1, 2, 3], (await db.DefinitionStore.ListVersionsAsync("onboarding", None)).Select(d => d.Version));
        Assert.Empty(await db.DefinitionStore.ListVersionsAsync("unknown", None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task ListLatestAsync_SeveralDefinitions_ReturnsTheLatestOfEachById(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        await db.DefinitionStore.AddVersionAsync(Definition("onboarding", 1), None);
        await db.DefinitionStore.AddVersionAsync(Definition("onboarding", 2), None);
        await db.DefinitionStore.AddVersionAsync(Definition("alumni", 1), None);
        await db.DefinitionStore.AddVersionAsync(Definition("offboarding", 1), None);
        await db.DefinitionStore.AddVersionAsync(Definition("offboarding", 2), None);
        await db.DefinitionStore.AddVersionAsync(Definition("offboarding", 3), None);

        var latest = await db.DefinitionStore.ListLatestAsync(None);

        Assert.Equal([("alumni", 1), ("offboarding", 3), ("onboarding", 2)], latest.Select(d => (d.DefinitionId, d.Version)));
        Assert.Equal(Definition("offboarding", 3), latest[1]);
    }

    private static StoredDefinition Definition(string id, int version) =>
        new(id, version, $"{id} v{version}", $$"""{"id":"{{id}}","version":{{version}}}""", Now.AddDays(version));
}
