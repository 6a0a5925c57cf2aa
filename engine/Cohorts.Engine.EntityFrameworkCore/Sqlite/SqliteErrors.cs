using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Cohorts.Engine.EntityFrameworkCore.Sqlite;

/// <summary>Recognizes the SQLite errors that mean "another writer got there first".</summary>
internal static class SqliteErrors
{
    /// <summary>Whether a save failed on a primary key or unique constraint (a row with that key exists).</summary>
    public static bool IsDuplicateKey(DbUpdateException exception) =>
        exception.InnerException is SqliteException
        {
            SqliteErrorCode: raw.SQLITE_CONSTRAINT,
            SqliteExtendedErrorCode: raw.SQLITE_CONSTRAINT_PRIMARYKEY or raw.SQLITE_CONSTRAINT_UNIQUE,
        };
}
