using System.Data.Common;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// The SQLite store's unit of work for one step. Nothing happens until a participant joins (<see cref="JoinAsync"/>):
/// then the process's write gate is entered and a <c>BEGIN IMMEDIATE</c> transaction begun on the store's writer
/// connection, which the participant writes in (on a context of its own over <see cref="DbTransaction.Connection"/>),
/// and the step's rows follow in the same transaction at commit. A step nobody joins commits as before: the gate and
/// the transaction are taken only for its own short write.
/// </summary>
/// <remarks>
/// While joined, the step holds the write gate until it commits or is disposed: a participant must write through this
/// transaction only (entering the gate again would wait for itself).
/// </remarks>
public sealed class SqliteStepTransaction : IJoinableStepTransaction
{
    private readonly SqliteWorkflowInstanceStore _store;
    private SqliteWriteGate.Releaser? _gate;
    private StepRowWriter? _rows;
    private IDbContextTransaction? _transaction;

    internal SqliteStepTransaction(SqliteWorkflowInstanceStore store) => _store = store;

    /// <summary>Gets a value indicating whether a participant has joined (the write gate is held, the transaction open).</summary>
    public bool IsJoined => _transaction is not null;

    /// <inheritdoc />
    public bool HoldsWritePath => IsJoined;

    /// <summary>
    /// Joins the step's transaction, beginning it on first use: the returned transaction's connection is open and
    /// stays so until the step commits; whatever is written in it commits with the step, or not at all.
    /// </summary>
    public async ValueTask<DbTransaction> JoinAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            var (gate, rows) = await _store.EnterWriterAsync(cancellationToken);
            try
            {
                _transaction = await rows.Context.Database.BeginTransactionAsync(cancellationToken);
                _rows = rows;
                _gate = gate;
            }
            catch
            {
                await _store.DiscardWriterAsync(rows);
                gate.Dispose();
                throw;
            }
        }

        return _transaction.GetDbTransaction();
    }

    /// <summary>Gets the writer and transaction a participant opened (the store writes the step's rows there).</summary>
    internal (StepRowWriter Rows, IDbContextTransaction Transaction)? Joined =>
        _transaction is { } transaction && _rows is { } rows ? (rows, transaction) : null;

    /// <summary>Ends the unit of work once the store committed or rolled it back: the gate is released.</summary>
    internal async ValueTask EndAsync(bool discardWriter)
    {
        var transaction = _transaction;
        var rows = _rows;
        var gate = _gate;
        _transaction = null;
        _rows = null;
        _gate = null;
        try
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync(); // rolls back unless committed
            }

            if (discardWriter && rows is not null)
            {
                await _store.DiscardWriterAsync(rows);
            }
        }
        finally
        {
            gate?.Dispose();
        }
    }

    /// <summary>Rolls back whatever was written unless the step committed, and releases the write gate.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            // Not committed: a lost race, a step that threw, a cancellation. The connection is suspect only if the
            // rollback itself fails, which EndAsync's dispose surfaces.
            await EndAsync(discardWriter: false);
        }
    }
}
