using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// One writer's turn at the process's write connection (<see cref="SqliteWriterConnection.BeginTurnAsync"/>): it holds
/// the write gate and writes in the group's transaction, in a savepoint of its own when it joined a transaction an
/// earlier turn left open. It ends with <see cref="CommitAsync"/>, which returns once its writes are durable, or
/// <see cref="RollbackAsync"/>, which undoes its writes only; disposing a turn that did not end rolls it back.
/// </summary>
internal sealed class WriterTurn : IAsyncDisposable
{
    private readonly SqliteWriterConnection _writer;
    private readonly CommitGroup _group;
    private readonly bool _inSavepoint;
    private readonly SqliteWriteGate.Releaser _gate;
    private bool _ended;

    private WriterTurn(SqliteWriterConnection writer, SqliteWriteGate.Releaser gate, CommitGroup group, bool inSavepoint)
    {
        _writer = writer;
        _gate = gate;
        _group = group;
        _inSavepoint = inSavepoint;
    }

    /// <summary>Gets the writer (its connection is in the turn's transaction).</summary>
    public StepRowWriter Rows => _group.Rows;

    /// <summary>
    /// Gets the transaction the turn writes in (the group's), for EF contexts to join: a turn begun with
    /// <see cref="SqliteWriterConnection.BeginTurnAsync"/> has one, one begun for the store's own rows may not.
    /// </summary>
    public SqliteTransaction Transaction => _group.Shared
        ?? throw new InvalidOperationException("This turn writes in a transaction begun through SQLite's C API, which EF cannot join.");

    /// <summary>A turn that begins the group's transaction.</summary>
    public static WriterTurn First(SqliteWriterConnection writer, SqliteWriteGate.Releaser gate, CommitGroup group) =>
        new(writer, gate, group, inSavepoint: false);

    /// <summary>A turn that joins the transaction an earlier turn left open, in a savepoint of its own.</summary>
    public static WriterTurn Joining(SqliteWriterConnection writer, SqliteWriteGate.Releaser gate, CommitGroup group)
    {
        group.Rows.Control.Save();
        return new(writer, gate, group, inSavepoint: true);
    }

    /// <summary>
    /// Ends the turn with its writes kept, and returns once they are durable: at once if the turn commits the group
    /// (nobody waits for the gate), else when a later holder commits it. Throws if the group's commit failed: then
    /// nothing of the turn was written.
    /// </summary>
    public async ValueTask CommitAsync()
    {
        ObjectDisposedException.ThrowIf(_ended, this);
        _ended = true;
        Task durable;
        try
        {
            if (_inSavepoint)
            {
                _group.Rows.Control.Release();
            }

            durable = await _writer.HandOverAsync(_group, wait: true);
        }
        catch (Exception exception)
        {
            await _writer.FailAsync(_group, exception);
            throw;
        }
        finally
        {
            _gate.Dispose();
        }

        await durable;
    }

    /// <summary>
    /// Ends the turn with its writes undone; what earlier turns of the group wrote stays, to be committed.
    /// <paramref name="connectionSuspect"/>: the failure may have come from the connection itself (not a conflict or a
    /// caller's error), so a turn that began the transaction drops the writer after rolling back.
    /// </summary>
    public async ValueTask RollbackAsync(bool connectionSuspect)
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        try
        {
            if (!_inSavepoint)
            {
                await _writer.RollbackAsync(_group, connectionSuspect);
                return;
            }

            try
            {
                _group.Rows.Control.RollbackToSave();
                _group.Rows.Control.Release();
            }
            catch (Exception exception)
            {
                // SQLite rolled back the whole transaction (an I/O error), or the connection is gone.
                await _writer.FailAsync(_group, exception);
                return;
            }

            await _writer.HandOverAsync(_group, wait: false);
        }
        finally
        {
            _gate.Dispose();
        }
    }

    /// <summary>Rolls the turn back unless it ended (a step that threw, a cancellation), and leaves the gate.</summary>
    public ValueTask DisposeAsync() => RollbackAsync(connectionSuspect: false);
}
