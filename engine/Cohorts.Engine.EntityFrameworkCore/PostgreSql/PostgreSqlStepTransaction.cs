using System.Data.Common;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>
/// The PostgreSQL store's unit of work for one step. Nothing happens until a participant joins (<see cref="JoinAsync"/>):
/// then a context is rented and a transaction begun on it (taking the installation's write lock,
/// <see cref="PostgreSqlWriteLock"/>), which the participant writes in over <see cref="DbTransaction.Connection"/>, and
/// the step's rows follow in the same transaction at commit. A step nobody joins commits in a transaction of its own.
/// </summary>
public sealed class PostgreSqlStepTransaction : IJoinableStepTransaction
{
    private readonly IDbContextFactory<WorkflowDbContext> _contextFactory;
    private WorkflowDbContext? _db;
    private IDbContextTransaction? _transaction;

    internal PostgreSqlStepTransaction(IDbContextFactory<WorkflowDbContext> contextFactory) => _contextFactory = contextFactory;

    /// <inheritdoc />
    public bool IsJoined => _transaction is not null;

    /// <inheritdoc />
    public bool HoldsWritePath => IsJoined;

    /// <inheritdoc />
    public async ValueTask<DbTransaction> JoinAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
            try
            {
                _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                _db = db;
            }
            catch
            {
                await db.DisposeAsync();
                throw;
            }
        }

        return _transaction.GetDbTransaction();
    }

    /// <summary>Gets the context and transaction a participant opened (the store writes the step's rows there).</summary>
    internal (WorkflowDbContext Db, IDbContextTransaction Transaction)? Joined =>
        _transaction is { } transaction && _db is { } db ? (db, transaction) : null;

    /// <summary>Rolls back whatever was written unless the step committed, and gives the context back.</summary>
    public async ValueTask DisposeAsync()
    {
        var transaction = _transaction;
        var db = _db;
        _transaction = null;
        _db = null;
        try
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync(); // rolls back unless committed
            }
        }
        finally
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }
        }
    }
}
