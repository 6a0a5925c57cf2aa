using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// One SQL statement compiled once on an open connection and run again with new values straight through SQLite's C
/// API (SQLitePCLRaw, which Microsoft.Data.Sqlite itself calls): values are bound by position and read by column
/// index. Used for the statements every step runs (<see cref="StepRowWriter"/>, <see cref="HotReader"/>) while nothing
/// listens to EF's command diagnostics; then they run as Microsoft.Data.Sqlite commands instead, reported to EF.
/// </summary>
/// <remarks>
/// What this leaves out of Microsoft.Data.Sqlite's command is per-run work these statements do not need: a parameter
/// looked up by name (its name converted to UTF-8) for every value, a data reader object and its statement list for
/// every run, its busy-retry loop (the connection's <c>busy_timeout</c> makes SQLite wait itself). A value is bound as
/// Microsoft.Data.Sqlite binds it for the parameter EF makes: text, a 64-bit integer, a real, a blob or NULL, a
/// <see cref="Guid"/> as upper-case text. The statement is reset after every run, so it never holds a read snapshot or
/// keeps a transaction from committing. Used by one caller at a time, as its connection is.
/// </remarks>
internal sealed class RawStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

    private RawStatement(SqliteConnection connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
    }

    /// <summary>Compiles one statement on an open connection, kept compiled (<c>SQLITE_PREPARE_PERSISTENT</c>) until disposed.</summary>
    /// <exception cref="SqliteException">SQLite refused the SQL.</exception>
    public static RawStatement Prepare(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v3(db, sql, raw.SQLITE_PREPARE_PERSISTENT, out var statement, out var tail);
        if (rc != raw.SQLITE_OK)
        {
            statement?.Dispose();
            throw Error(db, rc);
        }

        if (!string.IsNullOrWhiteSpace(tail))
        {
            statement.Dispose();
            throw new ArgumentException("One statement only.", nameof(sql));
        }

        return new RawStatement(connection, statement);
    }

    /// <summary>Sets the value at <paramref name="index"/> (0 for the first placeholder), as a provider value (after EF's converter).</summary>
    public void Bind(int index, object? value)
    {
        var position = index + 1;
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, position),
            string text => raw.sqlite3_bind_text(_statement, position, text),
            Utf8Text text => raw.sqlite3_bind_text(_statement, position, text.Utf8),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            short number => raw.sqlite3_bind_int64(_statement, position, number),
            byte number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            double real => raw.sqlite3_bind_double(_statement, position, real),
            float real => raw.sqlite3_bind_double(_statement, position, real),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, position, bytes),
            Guid id => raw.sqlite3_bind_text(_statement, position, id.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant()),
            _ => throw new NotSupportedException($"A value of type {value.GetType()} is not bound by the kept statements."),
        };
        if (rc != raw.SQLITE_OK)
        {
            throw Error(_connection.Handle!, rc);
        }
    }

    /// <summary>Runs the statement to its end.</summary>
    /// <returns>The rows it changed (<c>sqlite3_changes</c>).</returns>
    /// <exception cref="SqliteException">SQLite failed the statement (a constraint, a full disk, the write lock held too long).</exception>
    public int Execute()
    {
        // A statement that returns rows is run for its effect only here.
        Query(static _ => { });
        return raw.sqlite3_changes(_connection.Handle!);
    }

    /// <summary>Runs a query, handing each row to <paramref name="read"/>; the statement is reset when it returns or throws.</summary>
    /// <exception cref="SqliteException">SQLite failed the statement.</exception>
    public void Query(Action<RawStatement> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var db = _connection.Handle!;
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                read(this);
            }

            if (rc != raw.SQLITE_DONE)
            {
                throw Error(db, rc);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Gets a value indicating whether column <paramref name="ordinal"/> of the current row is NULL.</summary>
    public bool IsNull(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) == raw.SQLITE_NULL;

    /// <summary>Gets column <paramref name="ordinal"/> of the current row as a 64-bit integer.</summary>
    public long Int64(int ordinal) => raw.sqlite3_column_int64(_statement, ordinal);

    /// <summary>Gets column <paramref name="ordinal"/> of the current row as text.</summary>
    public string Text(int ordinal) => raw.sqlite3_column_text(_statement, ordinal).utf8_to_string();

    /// <summary>Gets column <paramref name="ordinal"/> of the current row as a <see cref="Guid"/>: text, or 16 bytes as Microsoft.Data.Sqlite reads a blob.</summary>
    public Guid Guid(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) == raw.SQLITE_BLOB
        ? new Guid(raw.sqlite3_column_blob(_statement, ordinal))
        : System.Guid.Parse(Text(ordinal), CultureInfo.InvariantCulture);

    /// <summary>Finalizes the statement.</summary>
    public void Dispose() => _statement.Dispose();

    private static SqliteException Error(sqlite3 db, int rc) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'."),
            rc,
            raw.sqlite3_extended_errcode(db));
}
