using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>Recognizes the PostgreSQL errors that mean "another writer got there first".</summary>
internal static class PostgreSqlErrors
{
    /// <summary>Whether a save failed on a primary key or unique constraint (unique_violation, 23505).</summary>
    public static bool IsDuplicateKey(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
