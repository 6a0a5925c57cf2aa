using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>Registers the SQLite persistence adapter.</summary>
public static class CohortsEngineSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IWorkflowInstanceStore"/> and <see cref="IWorkflowDefinitionStore"/> on a SQLite file,
    /// with <see cref="WorkflowDatabase"/> to migrate it at start (<see cref="CohortsEngineSqliteServiceProviderExtensions.MigrateCohortsEngineAsync"/>).
    /// Options may also come from configuration: <c>services.Configure&lt;SqliteWorkflowStoreOptions&gt;(configuration.GetSection(SqliteWorkflowStoreOptions.SectionName))</c>.
    /// They are validated at start (a missing <see cref="SqliteWorkflowStoreOptions.DatabasePath"/> is an error naming it).
    /// </summary>
    public static IServiceCollection AddCohortsEngineSqlite(
        this IServiceCollection services,
        Action<SqliteWorkflowStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SqliteWorkflowStoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(descriptor => descriptor.ServiceType == typeof(WorkflowDatabase)))
        {
            // Called again: the options above compose with the first call's; the services are there already (a
            // second pooled-factory registration would add a second pragma interceptor).
            return services;
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<SqliteWorkflowStoreOptions>>(new SqliteWorkflowStoreOptionsValidator()));

        // Pooled: a store call rents a reset context instead of building one (the options, model and interceptor
        // are built once, on first use).
        services.AddPooledDbContextFactory<WorkflowDbContext>((provider, builder) =>
            builder.UseCohortsSqliteFile(provider.GetRequiredService<IOptions<SqliteWorkflowStoreOptions>>().Value));

        services.TryAddSingleton(_ => new SqliteWriteGate());
        services.TryAddSingleton(provider => new HotReaderPool(provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>()));
        services.TryAddSingleton<IWorkflowInstanceStore>(provider => new SqliteWorkflowInstanceStore(
            provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(),
            provider.GetRequiredService<SqliteWriteGate>(),
            provider.GetRequiredService<HotReaderPool>()));
        services.TryAddSingleton<IWorkflowDefinitionStore>(provider => new SqliteWorkflowDefinitionStore(
            provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(),
            provider.GetRequiredService<SqliteWriteGate>(),
            provider.GetRequiredService<HotReaderPool>()));
        services.TryAddSingleton(provider => new WorkflowDatabase(
            provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(),
            provider.GetRequiredService<SqliteWriteGate>(),
            provider.GetRequiredService<IOptions<SqliteWorkflowStoreOptions>>()));
        return services;
    }
}
