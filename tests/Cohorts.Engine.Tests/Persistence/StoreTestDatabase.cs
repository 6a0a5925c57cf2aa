using Cohorts.Engine.Tests.PostgreSql;
using Cohorts.Tests.PostgreSql;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>Creates the test database of a provider, for the store tests that run on both.</summary>
public static class StoreTestDatabase
{
    /// <summary>A new, migrated database of <paramref name="provider"/>.</summary>
    public static async Task<IStoreTestDatabase> CreateAsync(StoreProvider provider) =>
        provider == StoreProvider.PostgreSql ? await PostgreSqlTestDatabase.CreateAsync() : await SqliteTestDatabase.CreateAsync();
}
