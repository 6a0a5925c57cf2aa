using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Expressions;
using Cohorts.Engine.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Engine.Tests.Persistence;

public sealed class DefinitionPublisherTests
{
    private const string Json = """
        { "format": 1, "id": "onboarding", "name": "Onboarding", "root": { "type": "Delay", "id": "wait", "duration": "P1D" } }
        """;

    [Fact]
    public async Task PublishJsonAsync_WithPublisher_StoresWhoPublishedEachVersion()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
        var catalog = Catalog(db, clock);

        await catalog.PublishJsonAsync(Json, CancellationToken.None);
        await catalog.PublishJsonAsync(Json.Replace("P1D", "P2D", StringComparison.Ordinal), "manager@cohorts.demo", CancellationToken.None);
        await catalog.PublishJsonAsync(Json.Replace("P1D", "P2D", StringComparison.Ordinal), "someone.else@cohorts.demo", CancellationToken.None);

        // A restarted process reads what the first one wrote.
        await using var services = db.CreateServices();
        var versions = await services.GetRequiredService<IWorkflowDefinitionStore>().ListVersionsAsync("onboarding", CancellationToken.None);
        Assert.Equal([(1, (string?)null), (2, "manager@cohorts.demo")], versions.Select(v => (v.Version, v.PublishedBy)));
        Assert.Equal(clock.GetUtcNow(), versions[1].PublishedAt);
    }

    [Fact]
    public async Task PublishJsonVersionAsync_SameDocumentAgain_IsNotANewVersion()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var catalog = Catalog(db);

        var first = await catalog.PublishJsonVersionAsync(Json, null, CancellationToken.None);
        var again = await catalog.PublishJsonVersionAsync(Json, null, CancellationToken.None);
        var changed = await catalog.PublishJsonVersionAsync(Json.Replace("P1D", "P2D", StringComparison.Ordinal), null, CancellationToken.None);

        Assert.Equal((1, true), (first.Definition.Version, first.IsNewVersion));
        Assert.Equal((1, false), (again.Definition.Version, again.IsNewVersion));
        Assert.Equal((2, true), (changed.Definition.Version, changed.IsNewVersion));
    }

    [Fact]
    public async Task PublishJsonVersionAsync_SameDocumentByManyAtOnce_ExactlyOneMakesTheVersion()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await Catalog(db).PublishJsonAsync(Json, CancellationToken.None);
        var next = Json.Replace("P1D", "P3D", StringComparison.Ordinal);

        // Each caller with a catalog of its own (as two requests, or two hosts, would be), all at once.
        var publications = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await Catalog(db).PublishJsonVersionAsync(next, null, CancellationToken.None))));

        Assert.Single(publications, p => p.IsNewVersion);
        Assert.All(publications, p => Assert.Equal(2, p.Definition.Version));
    }

    private static WorkflowDefinitionCatalog Catalog(SqliteTestDatabase db, TimeProvider? clock = null) =>
        new(db.DefinitionStore, new DefinitionSerializer(new ActivityRegistry(), new JintExpressionEvaluator()), clock ?? TimeProvider.System);
}
