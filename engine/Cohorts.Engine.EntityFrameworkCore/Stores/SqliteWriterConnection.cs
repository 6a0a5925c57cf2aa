using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// The process's write connection: one <see cref="StepRowWriter"/>, opened on first use, used only under the write gate,
/// dropped after a failure (the next use opens a fresh one). One per service provider, shared by both stores and the
/// hot reads.
/// </summary>
/// <remarks>
/// A hot read (<see cref="TryReadAsync"/>) runs on this connection when the gate is free: SQLite drops a connection's
/// page cache whenever another connection has committed since its last read, so a reader connection reads every page
/// of its query again from the files after each step, while this connection, which made those commits, still holds
/// them. The read never waits for the gate: when a step holds it, the read goes to a reader of its own.
/// </remarks>
internal sealed class SqliteWriterConnection(IDbContextFactory<WorkflowDbContext> contextFactory, SqliteWriteGate writeGate)
    : IAsyncDisposable, IDisposable
{
    private StepRowWriter? _writer;
    private bool _disposed;

    /// <summary>Enters the write gate and opens the writer if need be; dispose the releaser to leave the gate.</summary>
    public async ValueTask<(SqliteWriteGate.Releaser Gate, StepRowWriter Rows)> EnterAsync(CancellationToken cancellationToken)
    {
        var gate = await writeGate.EnterAsync(cancellationToken);
        try
        {
            return (gate, await OpenAsync(cancellationToken));
        }
        catch
        {
            gate.Dispose();
            throw;
        }
    }

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

    private async ValueTask<StepRowWriter> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer ??= await StepRowWriter.OpenAsync(contextFactory, cancellationToken);
    }
}
