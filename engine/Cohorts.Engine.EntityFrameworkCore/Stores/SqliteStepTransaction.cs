using System.Data.Common;
using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// The SQLite store's unit of work for one step. Nothing happens until a participant joins (<see cref="JoinAsync"/>):
/// then the step takes its turn at the store's writer connection (the process's write gate, and the writer's
/// transaction: begun <c>IMMEDIATE</c>, or joined in a savepoint when an earlier turn left it open for a group commit),
/// which the participant writes in (on a context of its own over <see cref="DbTransaction.Connection"/>), and the step's
/// rows follow in the same transaction at commit. A step nobody joins takes its turn only for its own short write.
/// </summary>
/// <remarks>
/// While joined, the step holds the write gate until it commits or is disposed: a participant must write through this
/// transaction only (entering the gate again would wait for itself).
/// </remarks>
public sealed class SqliteStepTransaction : IJoinableStepTransaction
{
    private readonly SqliteWorkflowInstanceStore _store;
    private WriterTurn? _turn;

    internal SqliteStepTransaction(SqliteWorkflowInstanceStore store) => _store = store;

    /// <summary>Gets a value indicating whether a participant has joined (the write gate is held, the transaction open).</summary>
    public bool IsJoined => _turn is not null;

    /// <inheritdoc />
    public bool HoldsWritePath => IsJoined;

    /// <summary>Gets the turn a participant began (the store writes the step's rows there, and ends it).</summary>
    internal WriterTurn? Turn => _turn;

    /// <summary>
    /// Joins the step's transaction, beginning it on first use: the returned transaction's connection is open and
    /// stays so until the step commits; whatever is written in it commits with the step, or not at all.
    /// </summary>
    public async ValueTask<DbTransaction> JoinAsync(CancellationToken cancellationToken)
    {
        _turn ??= await _store.BeginTurnAsync(cancellationToken);
        return _turn.Transaction;
    }

    /// <summary>Rolls back whatever was written unless the step committed, and releases the write gate.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_turn is { } turn)
        {
            // Not committed: a lost race, a step that threw, a cancellation. Nothing if the store ended the turn.
            await turn.DisposeAsync();
        }
    }
}
