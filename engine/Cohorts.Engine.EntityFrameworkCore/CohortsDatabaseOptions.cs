using Cohorts.Engine.EntityFrameworkCore.PostgreSql;

namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>Which database the installation runs on: <c>Cohorts:Database:Provider</c> and its settings.</summary>
public sealed class CohortsDatabaseOptions
{
    /// <summary>The configuration section a host binds these options from.</summary>
    public const string SectionName = "Cohorts:Database";

    /// <summary>Gets or sets the provider, <see cref="CohortsDatabaseProvider.Sqlite"/> by default.</summary>
    public CohortsDatabaseProvider Provider { get; set; } = CohortsDatabaseProvider.Sqlite;

    /// <summary>Gets the PostgreSQL settings (<c>Cohorts:Database:PostgreSql</c>), read when <see cref="Provider"/> is PostgreSql.</summary>
    public PostgreSqlDatabaseOptions PostgreSql { get; init; } = new();
}
