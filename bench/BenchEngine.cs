using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Bench;

/// <summary>
/// A runtime composed as a host composes it (AddCohortsEngineSqlite + AddCohortsEngine, migrated at start) on one
/// SQLite file with the engine's default settings (WAL, synchronous=FULL). A new one is a restarted process: cold
/// caches, new connection pool handles, definitions reloaded from the file.
/// </summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BenchEngine(ServiceProvider services)
    {
        _services = services;
    }

    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();

    public WorkflowDefinitionCatalog Catalog => _services.GetRequiredService<WorkflowDefinitionCatalog>();

    public ActivityRegistry Registry => _services.GetRequiredService<ActivityRegistry>();

    public static async Task<BenchEngine> StartAsync(string databasePath, TimeProvider clock)
    {
        var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddCohortsEngineSqlite(options => options.DatabasePath = databasePath)
            .AddCohortsEngine()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await services.MigrateCohortsEngineAsync();
        return new BenchEngine(services);
    }

    /// <summary>The same runtime on a PostgreSQL database (<c>AddCohortsEnginePostgreSql</c>), migrated at start.</summary>
    public static async Task<BenchEngine> StartPostgreSqlAsync(string connectionString, TimeProvider clock)
    {
        var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddCohortsEnginePostgreSql(connectionString)
            .AddCohortsEngine()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await services.MigrateCohortsEngineAsync();
        return new BenchEngine(services);
    }

    /// <summary>Publishes a definition (publishing the same one again returns the stored version).</summary>
    public async Task<WorkflowDefinition> PublishAsync(WorkflowBuilder builder) =>
        await Catalog.PublishAsync(builder.Build(Registry));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
