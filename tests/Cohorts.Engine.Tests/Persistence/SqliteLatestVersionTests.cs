using Cohorts.Engine.Persistence;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// Starting by definition id asks only for the latest version number (kept while nothing is committed or published
/// since); it must still see every new version.
/// </summary>
public sealed class SqliteLatestVersionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindLatestVersionAsync_VersionsAddedByTwoProviders_ReturnsTheNewestNumber()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await using var other = db.CreateServices();
        var otherStore = (IWorkflowDefinitionStore)other.GetService(typeof(IWorkflowDefinitionStore))!;
        Assert.Null(await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));

        await db.DefinitionStore.AddVersionAsync(new StoredDefinition("onboarding", 1, "Onboarding", "{}", Now), None);
        Assert.Equal(1, await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));
        await otherStore.AddVersionAsync(new StoredDefinition("onboarding", 2, "Onboarding", """{"v":2}""", Now), None);
        await otherStore.AddVersionAsync(new StoredDefinition("other", 7, "Other", "{}", Now), None);

        Assert.Equal(2, await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));
        Assert.Equal((await db.DefinitionStore.FindAsync("onboarding", null, None))!.Version, await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));
        Assert.Null(await db.DefinitionStore.FindLatestVersionAsync("Onboarding", None));

        await db.DefinitionStore.AddVersionAsync(new StoredDefinition("onboarding", 3, "Onboarding", """{"v":3}""", Now), None);
        Assert.Equal(3, await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));
    }

    [Fact]
    public async Task FindLatestVersionAsync_AVersionWrittenByAnotherProgram_IsSeenAtTheNextStart()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await db.DefinitionStore.AddVersionAsync(new StoredDefinition("onboarding", 1, "Onboarding", "{}", Now), None);
        Assert.Equal(1, await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));
        Assert.Equal(1, await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));

        // Another program's INSERT, on a connection of its own: nothing in this process is told.
        await db.ExecuteAsync(
            """
            INSERT INTO "WorkflowDefinitions" ("DefinitionId", "Version", "Name", "Json", "PublishedAt")
            SELECT "DefinitionId", 2, "Name", '{"v":2}', "PublishedAt" FROM "WorkflowDefinitions" WHERE "Version" = 1;
            """);

        Assert.Equal(2, await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));
    }
}
