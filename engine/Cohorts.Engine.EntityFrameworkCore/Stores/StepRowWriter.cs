using System.Data.Common;
using System.Globalization;
using System.Text;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// Writes a step's rows with plain statements inside the commit's transaction: the instance row (an INSERT, or an
/// UPDATE that checks the version), the bookmark rows removed and added, and the log entries in one multi-row INSERT.
/// One writer per service provider (<see cref="SqliteWriterConnection"/> holds it), on its own context whose connection
/// stays open, used only under the write gate; its statements are prepared once and run again with new values, through
/// SQLite's C API while nothing listens to EF's command diagnostics (<see cref="KeptStatement"/>).
/// </summary>
/// <remarks>
/// <para>
/// This is what SaveChanges wrote, without its per-entity machinery (change tracking, one command built per row, every
/// generated log id read back, a savepoint around the batch), which took about 40% of a step's time: starts and resumes
/// run 1.5 to 1.7 times faster without it (docs/PERFORMANCE.md). Table, column and parameter handling all come from the
/// EF model: every value goes through its column's type mapping (Guids as upper-case text, instants as UTC ticks, enums
/// as strings), so the rows are exactly those EF writes and its queries read.
/// </para>
/// <para>
/// Keeping the connection open is what lets a statement stay prepared: Microsoft.Data.Sqlite finalizes a command's
/// statements when its connection closes, and EF closes a pooled context's connection after every call, so each step
/// used to compile its four statements again (and EF to build four commands): about a fifth of a step's CPU. The
/// statements still report to EF's command diagnostics (logging, interceptors, DiagnosticListener) when anything
/// listens, as EF's raw-SQL path did: they then run as Microsoft.Data.Sqlite commands. Otherwise they run through
/// <see cref="RawStatement"/>, values bound by position, which saves about a twelfth of a step's CPU (binding each
/// value by its name, a data reader per run: docs/PERFORMANCE.md).
/// </para>
/// </remarks>
internal sealed class StepRowWriter : IAsyncDisposable, IDisposable
{
    // SQLite allows 32,766 parameters per statement; long logs (a loop over many items) are split well below that.
    private const int MaxRowsPerInsert = 500;

    // Statements for up to this many rows stay prepared (an ordinary step writes one instance, a bookmark or two and
    // about six log rows); bigger ones are prepared, run and disposed.
    private const int MaxPreparedRows = 32;

    private readonly WorkflowDbContext _db;
    private readonly SqliteConnection _connection;
    private readonly IRelationalConnection _relationalConnection;
    private readonly IRelationalCommandDiagnosticsLogger _commandLogger;
    private readonly ISqlGenerationHelper _sql;
    private readonly Dictionary<(Statement Kind, int Rows), KeptStatement> _prepared = [];
    private readonly List<string> _parameterNames = [];
    private readonly StepRowColumns _columns;
    private readonly Utf8Text _state = new();
    private SqliteTransaction? _own;
    private HotReader? _reader;
    private RawTransaction? _control;

    private StepRowWriter(WorkflowDbContext db)
    {
        _db = db;
        _connection = (SqliteConnection)db.Database.GetDbConnection();
        _relationalConnection = db.GetService<IRelationalConnection>();
        _commandLogger = db.GetService<IRelationalCommandDiagnosticsLogger>();
        _sql = db.GetService<ISqlGenerationHelper>();
        _columns = new StepRowColumns(db.Model);
    }

    private enum Statement
    {
        InsertInstance,
        UpdateInstance,
        DeleteBookmarks,
        InsertBookmarks,
        AppendLog,
    }

    /// <summary>Gets the writer's context: its connection is open; SaveChanges on it joins the current transaction.</summary>
    public WorkflowDbContext Context => _db;

    /// <summary>Gets the hot reads on the writer's connection (its statements prepared there): use them outside any transaction.</summary>
    public HotReader Reader => _reader ??= HotReader.Over(_db);

    /// <summary>
    /// Gets the transaction statements run through SQLite's C API on the writer's connection: a transaction for the
    /// store's own rows (no EF context joins it), and the savepoints of turns joining any transaction.
    /// </summary>
    public RawTransaction Control => _control ??= new RawTransaction(_connection);

    /// <summary>
    /// Gets a value indicating whether SQLite itself has no transaction open on the writer's connection (autocommit), so
    /// that a read there sees every commit so far.
    /// </summary>
    public bool IsOutsideTransaction => _connection.Handle is not null && !Control.IsOpen;

    /// <summary>Rents a context from the pool and opens its connection (the pragma interceptor configures it then).</summary>
    public static async ValueTask<StepRowWriter> OpenAsync(IDbContextFactory<WorkflowDbContext> contextFactory, CancellationToken cancellationToken)
    {
        var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);

            // The transaction is the store's and rolls back whole on failure: no savepoint around SaveChanges.
            db.Database.AutoSavepointsEnabled = false;
            return new StepRowWriter(db);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Begins a <c>BEGIN IMMEDIATE</c> transaction on the writer's connection, straight through Microsoft.Data.Sqlite
    /// (the same transaction object EF's <c>BeginTransaction</c> wraps, without the wrapper's diagnostics and
    /// bookkeeping): the writer's statements run in it until <see cref="EndTransaction"/>. Disposing it without
    /// <c>Commit</c> rolls back.
    /// </summary>
    public SqliteTransaction BeginTransaction()
    {
        if (_own is not null || !IsOutsideTransaction)
        {
            throw new InvalidOperationException("The step writer already has a transaction of its own.");
        }

        _own = _connection.BeginTransaction(deferred: false);
        return _own;
    }

    /// <summary>Forgets the transaction <see cref="BeginTransaction"/> began, once it is committed or rolled back.</summary>
    public void EndTransaction() => _own = null;

    /// <summary>
    /// Runs <paramref name="work"/> (EF queries, SaveChanges) on the writer's context in the current transaction: the
    /// writer's own (EF is given it for the call, and forgets it after) or the one begun through EF.
    /// </summary>
    public async ValueTask InContextAsync(Func<WorkflowDbContext, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_own is null)
        {
            await work(_db, cancellationToken);
            return;
        }

        await _db.Database.UseTransactionAsync(_own, cancellationToken);
        try
        {
            await work(_db, cancellationToken);
        }
        finally
        {
            await _db.Database.UseTransactionAsync(null, CancellationToken.None);
        }
    }

    /// <summary>Gets the buffer the instance row's state document is written to (<see cref="InstanceRecord.ForWriter"/>), kept from step to step.</summary>
    public Utf8Text State => _state;

    /// <summary>Inserts the instance row.</summary>
    public async ValueTask InsertInstanceAsync(InstanceRecord instance, CancellationToken cancellationToken) =>
        await InsertAsync(Statement.InsertInstance, _columns.Instances, [instance], _columns.Instance, cancellationToken);

    /// <summary>
    /// Updates what a step changes in the instance row, <c>WHERE Id = @id AND Version = @expected</c>.
    /// </summary>
    /// <returns>False when no row had that id and version: another step committed first.</returns>
    public async ValueTask<bool> UpdateInstanceAsync(InstanceRecord instance, long expectedVersion, CancellationToken cancellationToken)
    {
        var command = Rent(Statement.UpdateInstance, 1, () =>
        {
            var sql = new StringBuilder("UPDATE ").Append(TableName(_columns.Instances)).Append(" SET ");
            var p = 0;
            for (var i = 0; i < _columns.InstanceUpdate.Length; i++)
            {
                AppendEquals(sql.Append(i == 0 ? string.Empty : ", "), _columns.InstanceUpdate[i], p++);
            }

            AppendEquals(sql.Append(" WHERE "), _columns.InstanceId, p++);
            AppendEquals(sql.Append(" AND "), _columns.InstanceVersion, p);
            return sql.ToString();
        });
        try
        {
            var logged = KeptStatement.IsReported(_commandLogger, out var startTime);
            var p = 0;
            foreach (var column in _columns.InstanceUpdate)
            {
                Bind(command, logged, column, p++, column.Read(instance));
            }

            Bind(command, logged, _columns.InstanceId, p++, instance.Id);
            Bind(command, logged, _columns.InstanceVersion, p, expectedVersion);
            return await ExecuteAsync(command, logged, startTime, cancellationToken) == 1;
        }
        finally
        {
            Return(Statement.UpdateInstance, 1, command);
        }
    }

    /// <summary>Deletes bookmark rows of the instance; rows that are gone already are no error.</summary>
    public async ValueTask DeleteBookmarksAsync(Guid instanceId, IReadOnlyList<Guid> bookmarkIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in bookmarkIds.Chunk(MaxRowsPerInsert))
        {
            var command = Rent(Statement.DeleteBookmarks, chunk.Length, () =>
            {
                var sql = new StringBuilder("DELETE FROM ").Append(TableName(_columns.Bookmarks)).Append(" WHERE ");
                AppendEquals(sql, _columns.BookmarkInstanceId, 0);
                sql.Append(" AND ").Append(ColumnName(_columns.BookmarkId)).Append(" IN (");
                for (var i = 0; i < chunk.Length; i++)
                {
                    sql.Append(i == 0 ? string.Empty : ", ").Append(ParameterName(i + 1));
                }

                return sql.Append(')').ToString();
            });
            try
            {
                var logged = KeptStatement.IsReported(_commandLogger, out var startTime);
                Bind(command, logged, _columns.BookmarkInstanceId, 0, instanceId);
                for (var i = 0; i < chunk.Length; i++)
                {
                    Bind(command, logged, _columns.BookmarkId, i + 1, chunk[i]);
                }

                await ExecuteAsync(command, logged, startTime, cancellationToken);
            }
            finally
            {
                Return(Statement.DeleteBookmarks, chunk.Length, command);
            }
        }
    }

    /// <summary>Inserts bookmark rows.</summary>
    public ValueTask InsertBookmarksAsync(IReadOnlyList<BookmarkRecord> bookmarks, CancellationToken cancellationToken) =>
        InsertAsync(Statement.InsertBookmarks, _columns.Bookmarks, bookmarks, _columns.Bookmark, cancellationToken);

    /// <summary>Appends log rows in order (their rowid ids follow the order of the VALUES list).</summary>
    public ValueTask AppendLogAsync(IReadOnlyList<LogEntryRecord> entries, CancellationToken cancellationToken) =>
        InsertAsync(Statement.AppendLog, _columns.Logs, entries, _columns.Log, cancellationToken);

    /// <summary>Disposes the prepared statements, closes the connection and returns the context to its pool.</summary>
    public async ValueTask DisposeAsync()
    {
        await (_reader?.DisposeAsync() ?? ValueTask.CompletedTask);
        EndControl();
        foreach (var statement in _prepared.Values)
        {
            statement.Dispose();
        }

        _prepared.Clear();
        try
        {
            await _db.Database.CloseConnectionAsync();
        }
        finally
        {
            await _db.DisposeAsync();
        }
    }

    /// <summary>As <see cref="DisposeAsync"/>, synchronously.</summary>
    public void Dispose()
    {
        _reader?.Dispose();
        EndControl();
        foreach (var statement in _prepared.Values)
        {
            statement.Dispose();
        }

        _prepared.Clear();
        try
        {
            _db.Database.CloseConnection();
        }
        finally
        {
            _db.Dispose();
        }
    }

    /// <summary>
    /// Rolls back a transaction begun through the C API that is still open (the connection may go back to a pool; one
    /// begun through Microsoft.Data.Sqlite is rolled back by its connection), and finalizes the statements; a rollback
    /// that fails leaves it to closing the connection.
    /// </summary>
    private void EndControl()
    {
        if (_control is not { } control)
        {
            return;
        }

        try
        {
            if (_own is null)
            {
                control.RollbackIfOpen();
            }
        }
        catch (SqliteException)
        {
            // The connection is closed below, which rolls back whatever SQLite still holds.
        }

        control.Dispose();
        _control = null;
    }

    private async ValueTask InsertAsync<TRecord>(
        Statement kind,
        IEntityType entity,
        IReadOnlyList<TRecord> records,
        MappedColumn<TRecord>[] columns,
        CancellationToken cancellationToken)
    {
        foreach (var chunk in records.Chunk(MaxRowsPerInsert))
        {
            var command = Rent(kind, chunk.Length, () =>
            {
                var sql = new StringBuilder("INSERT INTO ").Append(TableName(entity)).Append(" (")
                    .AppendJoin(", ", columns.Select(ColumnName)).Append(") VALUES ");
                for (var row = 0; row < chunk.Length; row++)
                {
                    sql.Append(row == 0 ? "(" : ", (");
                    for (var i = 0; i < columns.Length; i++)
                    {
                        sql.Append(i == 0 ? string.Empty : ", ").Append(ParameterName((row * columns.Length) + i));
                    }

                    sql.Append(')');
                }

                return sql.ToString();
            });
            try
            {
                var logged = KeptStatement.IsReported(_commandLogger, out var startTime);
                for (var row = 0; row < chunk.Length; row++)
                {
                    for (var i = 0; i < columns.Length; i++)
                    {
                        Bind(command, logged, columns[i], (row * columns.Length) + i, columns[i].Read(chunk[row]));
                    }
                }

                await ExecuteAsync(command, logged, startTime, cancellationToken);
            }
            finally
            {
                Return(kind, chunk.Length, command);
            }
        }
    }

    /// <summary>The kept statement of this shape, or a new one (its text built by <paramref name="sql"/>).</summary>
    private KeptStatement Rent(Statement kind, int rows, Func<string> sql) =>
        _prepared.Remove((kind, rows), out var prepared) ? prepared : new KeptStatement(_connection, sql());

    /// <summary>
    /// Keeps a statement prepared for the next step, with its parameters (the next run sets their values), unless it is
    /// an unusually big one.
    /// </summary>
    private void Return(Statement kind, int rows, KeptStatement statement)
    {
        if (rows <= MaxPreparedRows && _prepared.TryAdd((kind, rows), statement))
        {
            return;
        }

        statement.Dispose();
    }

    /// <summary>
    /// Sets placeholder <c>@pN</c> to a value through its column's own type mapping (its value converter applied), as EF
    /// makes the parameters of its own commands: on the compiled statement, or the command's parameter when it runs
    /// as a command (<paramref name="logged"/>).
    /// </summary>
    private void Bind<TRecord>(KeptStatement statement, bool logged, MappedColumn<TRecord> column, int index, object? value)
    {
        if (logged)
        {
            column.Bind(statement.Command, index, ParameterName(index), value is Utf8Text text ? text.ToString() : value);
        }
        else
        {
            statement.Raw.Bind(index, column.ToProvider(value));
        }
    }

    /// <summary>
    /// Runs a statement in the current transaction (SQLite's is the connection's), as a command reported to EF's
    /// command diagnostics when they listen; a failure is reported as SaveChanges reports it, a
    /// <see cref="DbUpdateException"/>.
    /// </summary>
    private async Task<int> ExecuteAsync(KeptStatement statement, bool logged, DateTimeOffset startTime, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!logged)
        {
            try
            {
                return statement.Raw.Execute();
            }
            catch (SqliteException exception)
            {
                throw new DbUpdateException($"Writing a step's rows failed: {exception.Message}", exception);
            }
        }

        var command = statement.Command;
        command.Transaction = _own ?? (SqliteTransaction?)_db.Database.CurrentTransaction?.GetDbTransaction();
        var commandId = Guid.NewGuid();
        try
        {
            var interception = await _commandLogger.CommandNonQueryExecutingAsync(
                _relationalConnection, command, command.CommandText, _db, commandId, _relationalConnection.ConnectionId, startTime, CommandSource.ExecuteSqlRaw, cancellationToken);
            var rows = interception.HasResult ? interception.Result : await command.ExecuteNonQueryAsync(cancellationToken);
            return await _commandLogger.CommandNonQueryExecutedAsync(
                _relationalConnection, command, command.CommandText, _db, commandId, _relationalConnection.ConnectionId, rows, startTime,
                TimeProvider.System.GetUtcNow() - startTime, CommandSource.ExecuteSqlRaw, cancellationToken);
        }
        catch (SqliteException exception)
        {
            await _commandLogger.CommandErrorAsync(
                _relationalConnection, command, command.CommandText, _db, DbCommandMethod.ExecuteNonQuery, commandId, _relationalConnection.ConnectionId,
                exception, startTime, TimeProvider.System.GetUtcNow() - startTime, CommandSource.ExecuteSqlRaw, cancellationToken);
            throw new DbUpdateException($"Writing a step's rows failed: {exception.Message}", exception);
        }
        finally
        {
            command.Transaction = null;
        }
    }

    /// <summary>Appends <c>"Column" = @pN</c>.</summary>
    private void AppendEquals<TRecord>(StringBuilder sql, MappedColumn<TRecord> column, int index) =>
        sql.Append(ColumnName(column)).Append(" = ").Append(ParameterName(index));

    /// <summary><c>@pN</c>, made once per number.</summary>
    private string ParameterName(int index)
    {
        while (_parameterNames.Count <= index)
        {
            _parameterNames.Add(string.Create(CultureInfo.InvariantCulture, $"@p{_parameterNames.Count}"));
        }

        return _parameterNames[index];
    }

    private string TableName(IEntityType entity) => _sql.DelimitIdentifier(entity.GetTableName()!);

    private string ColumnName<TRecord>(MappedColumn<TRecord> column) => _sql.DelimitIdentifier(column.Property.GetColumnName());
}
