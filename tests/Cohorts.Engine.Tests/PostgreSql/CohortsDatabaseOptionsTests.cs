using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cohorts.Engine.Tests.PostgreSql;

/// <summary>The provider setting: SQLite unless told, PostgreSQL only with its connection string.</summary>
public sealed class CohortsDatabaseOptionsTests
{
    [Fact]
    public async Task AddCohortsEngineSqlite_NoProviderSetting_IsSqlite()
    {
        await using var services = new ServiceCollection()
            .AddCohortsEngineSqlite(options => options.DatabasePath = Path.Combine(Path.GetTempPath(), "never-opened.db"))
            .BuildServiceProvider();

        Assert.Equal(CohortsDatabaseProvider.Sqlite, services.GetRequiredService<IOptions<CohortsDatabaseOptions>>().Value.Provider);
        Assert.Equal("SqliteWorkflowInstanceStore", services.GetRequiredService<IWorkflowInstanceStore>().GetType().Name);
    }

    [Fact]
    public async Task AddCohortsEnginePostgreSql_NoConnectionString_FailsNamingTheSetting()
    {
        await using var services = new ServiceCollection().AddCohortsEnginePostgreSql(" ").BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CohortsDatabaseOptions>>().Value);

        Assert.Contains("Cohorts:Database:PostgreSql:ConnectionString is required when Cohorts:Database:Provider is PostgreSql", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCohortsEnginePostgreSql_ConnectionString_UsesThePostgreSqlStoresWithoutASqlitePath()
    {
        await using var services = new ServiceCollection().AddCohortsEnginePostgreSql("Host=localhost;Database=never_opened").BuildServiceProvider();

        Assert.Empty(services.GetRequiredService<IOptions<SqliteWorkflowStoreOptions>>().Value.DatabasePath);
        Assert.Equal("PostgreSqlWorkflowInstanceStore", services.GetRequiredService<IWorkflowInstanceStore>().GetType().Name);
        Assert.Equal("PostgreSqlWorkflowDefinitionStore", services.GetRequiredService<IWorkflowDefinitionStore>().GetType().Name);
    }
}
