using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// A statement kept on an open connection from one run to the next: compiled for SQLite's C API on first use
/// (<see cref="RawStatement"/>) and, only once EF's command diagnostics listen, as a Microsoft.Data.Sqlite command too
/// (whose parameters EF's type mappings make), so that what listens sees the statement as EF would have run it.
/// </summary>
internal sealed class KeptStatement(SqliteConnection connection, string sql) : IDisposable
{
    private RawStatement? _raw;
    private SqliteCommand? _command;

    /// <summary>Gets the statement's SQL.</summary>
    public string Sql => sql;

    /// <summary>Gets the statement compiled for the C API (compiled now if it was not yet).</summary>
    public RawStatement Raw => _raw ??= RawStatement.Prepare(connection, sql);

    /// <summary>Gets the statement as a Microsoft.Data.Sqlite command (made now if it was not yet).</summary>
    public SqliteCommand Command => _command ??= Create();

    /// <summary>
    /// Whether anything listens to EF's command diagnostics (logging, interceptors, DiagnosticListener), so that the next
    /// statement runs as a command reported to them; <paramref name="startTime"/> is for those reports only (how long a
    /// command took), never the engine's time.
    /// </summary>
    public static bool IsReported(IRelationalCommandDiagnosticsLogger logger, out DateTimeOffset startTime)
    {
        ArgumentNullException.ThrowIfNull(logger);
        startTime = TimeProvider.System.GetUtcNow();
        return logger.ShouldLogCommandExecute(startTime);
    }

    /// <summary>Finalizes what was compiled.</summary>
    public void Dispose()
    {
        _raw?.Dispose();
        _command?.Dispose();
    }

    private SqliteCommand Create()
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Built from the EF model's table and column names, its literals and parameter placeholders only.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }
}
