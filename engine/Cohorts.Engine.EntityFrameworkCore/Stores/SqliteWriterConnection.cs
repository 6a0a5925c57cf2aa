using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// The process's write connection: one <see cref="StepRowWriter"/>, opened on first use, used only under the write gate,
/// dropped after a failure (the next use opens a fresh one). One per service provider, shared by both stores, the
/// domain's writes and the hot reads.
/// </summary>
/// <remarks>
/// <para>
/// Writes take turns at it (<see cref="BeginTurnAsync"/>) in a group commit (<see cref="CommitGroup"/>): a turn done
/// while others wait for the gate leaves the transaction open for them, and is answered when the one COMMIT of all is.
/// </para>
/// <para>
/// A hot read (<see cref="TryReadAsync"/>) runs on this connection when the gate is free: SQLite drops a connection's
/// page cache whenever another connection has committed since its last read, so a reader connection reads every page
/// of its query again from the files after each step, while this connection, which made those commits, still holds
/// them. The read never waits for the gate: when a step holds it, the read goes to a reader of its own.
/// </para>
/// </remarks>
internal sealed class SqliteWriterConnection(IDbContextFactory<WorkflowDbContext> contextFactory, SqliteWriteGate writeGate)
    : IAsyncDisposable, IDisposable
{
    private StepRowWriter? _writer;
    private CommitGroup? _group;
    private bool _disposed;

    /// <summary>
    /// Enters the write gate for a turn at the writer: the turn joins the transaction an earlier turn left open for a
    /// group commit (in a savepoint), or begins one (<c>BEGIN IMMEDIATE</c>: the write lock is taken up front, so the
    /// statements see one database state, and a rival process waits in busy_timeout here rather than failing half way).
    /// The turn's <see cref="WriterTurn.Transaction"/> is Microsoft.Data.Sqlite's, for EF contexts to write in.
    /// </summary>
    public ValueTask<WriterTurn> BeginTurnAsync(CancellationToken cancellationToken) => BeginTurnAsync(shared: true, cancellationToken);

    /// <summary>
    /// As <see cref="BeginTurnAsync(CancellationToken)"/>, for a turn that writes the store's own rows through the writer
    /// only (no EF context): a transaction it begins is begun through SQLite's C API (<see cref="RawTransaction"/>).
    /// </summary>
    public ValueTask<WriterTurn> BeginRowsTurnAsync(CancellationToken cancellationToken) => BeginTurnAsync(shared: false, cancellationToken);

    /// <summary>
    /// Runs a read on the writer's connection if the write gate is free at once (outside any transaction: under the gate,
    /// no step is writing); otherwise does nothing and returns false.
    /// </summary>
    public async ValueTask<(bool Done, T Value)> TryReadAsync<T>(Func<HotReader, CancellationToken, ValueTask<T>> read, CancellationToken cancellationToken)
    {
        if (!writeGate.TryEnter(out var gate))
        {
            return (false, default!);
        }

        using (gate)
        {
            var rows = await OpenAsync(cancellationToken);
            if (!rows.IsOutsideTransaction)
            {
                // Only after a rollback that failed: a transaction left open would give the read an old snapshot.
                return (false, default!);
            }

            try
            {
                return (true, await read(rows.Reader, cancellationToken));
            }
            catch
            {
                await DiscardAsync(rows);
                throw;
            }
        }
    }

    /// <summary>
    /// Drops the writer after a failure (under the gate): the failed transaction rolled back already, but its
    /// connection may be the cause (an I/O error, an interrupted statement), so the next step opens a fresh one.
    /// </summary>
    public async ValueTask DiscardAsync(StepRowWriter rows)
    {
        if (ReferenceEquals(_writer, rows))
        {
            _writer = null;
        }

        await rows.DisposeAsync();
    }

    /// <summary>
    /// Called by a turn that is done, under the gate: when others wait for the gate (and the group may grow), the group's
    /// transaction is left open for them and the returned task completes at its commit; else the group commits now. With
    /// <paramref name="wait"/> false (a turn rolled back, whose own writes are undone) the turn does not wait for the
    /// commit, and a failed commit is reported to the group's other turns only.
    /// </summary>
    internal async ValueTask<Task> HandOverAsync(CommitGroup group, bool wait)
    {
        if (writeGate.HasWaiters && (!wait || group.CanWait))
        {
            var durable = wait ? group.WaitForCommit() : Task.CompletedTask;
            writeGate.HoldOpen(() => CommitHeldOpenAsync(group));
            return durable;
        }

        if (wait)
        {
            Commit(group);
        }
        else
        {
            await CommitHeldOpenAsync(group);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Rolls the whole group back after a failure (under the gate), drops the writer (the connection may be the cause)
    /// and tells the group's waiting turns; nothing if the group already ended.
    /// </summary>
    internal async ValueTask FailAsync(CommitGroup group, Exception cause)
    {
        if (!ReferenceEquals(_group, group))
        {
            return;
        }

        try
        {
            End(group);
        }
        catch (Exception)
        {
            // The rollback failed too: dropping the connection below rolls back what SQLite still holds.
        }

        await DiscardAsync(group.Rows);
        group.Failed(cause);
    }

    /// <summary>
    /// Rolls back a group that only its first turn wrote in (nobody waits on it), under the gate; the writer is dropped
    /// when the failure may have come from its connection, or when the rollback fails.
    /// </summary>
    internal async ValueTask RollbackAsync(CommitGroup group, bool connectionSuspect)
    {
        try
        {
            End(group);
        }
        catch (Exception)
        {
            connectionSuspect = true;
        }

        if (connectionSuspect)
        {
            await DiscardAsync(group.Rows);
        }
    }

    /// <summary>
    /// Disposes the writer (its prepared statements and open connection) under the write gate, so a commit still
    /// running finishes first.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        using var writeLock = await writeGate.EnterAsync(CancellationToken.None);
        _disposed = true;
        if (_writer is { } writer)
        {
            _writer = null;
            await writer.DisposeAsync();
        }
    }

    /// <summary>As <see cref="DisposeAsync"/>, for a service provider disposed synchronously.</summary>
    public void Dispose()
    {
        using var writeLock = writeGate.Enter();
        _disposed = true;
        if (_writer is { } writer)
        {
            _writer = null;
            writer.Dispose();
        }
    }

    private async ValueTask<WriterTurn> BeginTurnAsync(bool shared, CancellationToken cancellationToken)
    {
        var gate = await writeGate.EnterToJoinAsync(cancellationToken);
        try
        {
            if (writeGate.TakeHeldOpen() is { } commitHeldOpen)
            {
                var open = _group ?? throw new InvalidOperationException("The write gate holds a transaction open, but the writer has none.");
                if (!shared || open.Shared is not null)
                {
                    try
                    {
                        return WriterTurn.Joining(this, gate, open);
                    }
                    catch (Exception exception)
                    {
                        await FailAsync(open, exception);
                        throw;
                    }
                }

                // An EF context cannot join a transaction begun through the C API: that group commits now (its turns
                // are answered), and this turn begins the next.
                await commitHeldOpen();
            }

            var rows = await OpenAsync(cancellationToken);
            var group = shared ? new CommitGroup(rows, rows.BeginTransaction()) : BeginRaw(rows);
            _group = group;
            return WriterTurn.First(this, gate, group);
        }
        catch
        {
            gate.Dispose();
            throw;
        }
    }

    private static CommitGroup BeginRaw(StepRowWriter rows)
    {
        rows.Control.Begin();
        return new CommitGroup(rows, shared: null);
    }

    private async ValueTask CommitHeldOpenAsync(CommitGroup group)
    {
        try
        {
            Commit(group);
        }
        catch (Exception exception)
        {
            await FailAsync(group, exception);
        }
    }

    private void Commit(CommitGroup group)
    {
        group.Commit();
        End(group);
        group.Committed();
    }

    /// <summary>Forgets the group's transaction, rolling it back unless it was committed.</summary>
    private void End(CommitGroup group)
    {
        _group = null;
        group.End();
    }

    private async ValueTask<StepRowWriter> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer ??= await StepRowWriter.OpenAsync(contextFactory, cancellationToken);
    }
}
