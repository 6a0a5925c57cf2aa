namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>The database the engine, the domain and Identity keep their tables in.</summary>
public enum CohortsDatabaseProvider
{
    /// <summary>One SQLite file on the host's disk (<see cref="SqliteWorkflowStoreOptions.DatabasePath"/>): the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (<see cref="PostgreSql.PostgreSqlDatabaseOptions.ConnectionString"/>), which several hosts may share.</summary>
    PostgreSql,
}
