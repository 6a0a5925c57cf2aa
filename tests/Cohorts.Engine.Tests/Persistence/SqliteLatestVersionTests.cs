using Cohorts.Engine.Persistence;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>Starting by definition id asks only for the latest version number; it must still see every new version.</summary>
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
    }
}
