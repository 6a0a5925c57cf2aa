using Cohorts.Engine.EntityFrameworkCore.PostgreSql;
using Cohorts.Engine.EntityFrameworkCore.Providers;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>Registers the persistence adapter: SQLite by default, PostgreSQL when <see cref="CohortsDatabaseOptions.Provider"/> says so.</summary>
public static class CohortsEngineSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IWorkflowInstanceStore"/> and <see cref="IWorkflowDefinitionStore"/> on a SQLite file,
    /// with <see cref="WorkflowDatabase"/> to migrate it at start (<see cref="CohortsEngineSqliteServiceProviderExtensions.MigrateCohortsEngineAsync"/>).
    /// Options may also come from configuration: <c>services.Configure&lt;SqliteWorkflowStoreOptions&gt;(configuration.GetSection(SqliteWorkflowStoreOptions.SectionName))</c>.
    /// They are validated at start (a missing <see cref="SqliteWorkflowStoreOptions.DatabasePath"/> is an error naming it).
    /// The provider comes from <see cref="CohortsDatabaseOptions"/> (<c>Cohorts:Database</c>, bound by the host, or
    /// <see cref="AddCohortsEnginePostgreSql"/>): on PostgreSQL the same services run on its stores.
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
            ServiceDescriptor.Singleton<IValidateOptions<SqliteWorkflowStoreOptions>, SqliteWorkflowStoreOptionsValidator>());
        services.AddOptions<CohortsDatabaseOptions>().ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<CohortsDatabaseOptions>>(new CohortsDatabaseOptionsValidator()));

        // Pooled: a store call rents a reset context instead of building one (the options, model and interceptor
        // are built once, on first use).
        services.AddPooledDbContextFactory<WorkflowDbContext>((provider, builder) => builder.UseCohortsDatabase(provider));

        services.TryAddSingleton(_ => new SqliteWriteGate());
        services.TryAddSingleton(provider => new SqliteWriterConnection(
            provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(),
            provider.GetRequiredService<SqliteWriteGate>()));
        services.TryAddSingleton(provider => new HotReaderPool(
            provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(),
            provider.GetRequiredService<SqliteWriterConnection>()));
        services.TryAddSingleton<IWorkflowInstanceStore>(provider => IsPostgreSql(provider)
            ? new PostgreSqlWorkflowInstanceStore(provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>())
            : new SqliteWorkflowInstanceStore(
                provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(),
                provider.GetRequiredService<SqliteWriterConnection>(),
                provider.GetRequiredService<HotReaderPool>()));
        services.TryAddSingleton<IWorkflowDefinitionStore>(provider => IsPostgreSql(provider)
            ? new PostgreSqlWorkflowDefinitionStore(
                provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(),
                provider.GetRequiredService<IOptions<CohortsDatabaseOptions>>().Value.PostgreSql.ConnectionString)
            : new SqliteWorkflowDefinitionStore(
                provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(),
                provider.GetRequiredService<SqliteWriteGate>(),
                provider.GetRequiredService<HotReaderPool>()));
        services.TryAddSingleton(provider => new WorkflowDatabase(
            provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(),
            provider.GetRequiredService<SqliteWriteGate>(),
            provider.GetRequiredService<IOptions<SqliteWorkflowStoreOptions>>()));
        return services;
    }

    /// <summary>
    /// As <see cref="AddCohortsEngineSqlite"/>, on a PostgreSQL database: sets <see cref="CohortsDatabaseOptions.Provider"/>
    /// to PostgreSql with this connection string. (A host binds <c>Cohorts:Database</c> instead.)
    /// </summary>
    public static IServiceCollection AddCohortsEnginePostgreSql(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CohortsDatabaseOptions>().Configure(database =>
        {
            database.Provider = CohortsDatabaseProvider.PostgreSql;
            database.PostgreSql.ConnectionString = connectionString;
        });
        return services.AddCohortsEngineSqlite();
    }

    private static bool IsPostgreSql(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<CohortsDatabaseOptions>>().Value.Provider == CohortsDatabaseProvider.PostgreSql;
}
