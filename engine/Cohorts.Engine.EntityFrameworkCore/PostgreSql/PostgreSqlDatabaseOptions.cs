namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>The PostgreSQL settings: <c>Cohorts:Database:PostgreSql</c>.</summary>
public sealed class PostgreSqlDatabaseOptions
{
    /// <summary>
    /// Gets or sets the Npgsql connection string (<c>Cohorts:Database:PostgreSql:ConnectionString</c>), e.g.
    /// <c>Host=db;Database=cohorts;Username=cohorts;Password=...</c>. Statements are prepared automatically
    /// (<c>Max Auto Prepare</c>, 64 unless the string sets it).
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;
}
