namespace Cohorts.Tests.PostgreSql;

/// <summary>The database a test runs on.</summary>
public enum StoreProvider
{
    /// <summary>A SQLite file in a temporary folder.</summary>
    Sqlite,

    /// <summary>A database of the test process's PostgreSQL cluster.</summary>
    PostgreSql,
}
