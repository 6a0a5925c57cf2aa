using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>
/// The PostgreSQL <see cref="IWorkflowInstanceStore"/>: a short-lived pooled context per call. A step commits in one
/// transaction: the installation's write lock (at BEGIN) when participants joined it with domain rows, the instance's
/// advisory lock, then its rows, domain rows of a joined step included; the instance row is written only at the version the step started from, so a step that another
/// host committed first writes nothing (<see cref="ConcurrencyConflictException"/>).
/// </summary>
internal sealed class PostgreSqlWorkflowInstanceStore(IDbContextFactory<WorkflowDbContext> contextFactory) : IWorkflowInstanceStore
{
    private static readonly InstanceQueries Queries = new();

    public async ValueTask<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await Queries.FindInstance(db, instanceId, cancellationToken);
        return record?.ToInstance();
    }

    public async ValueTask<IReadOnlySet<Guid>> FindExistingAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InstanceQueries.ExistingAsync(db, instanceIds, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<Bookmark>> FindSignalBookmarksAsync(string name, string correlationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(correlationKey);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Queries.SignalBookmarks(db, name, correlationKey).MapToListAsync(b => b.ToBookmark(), cancellationToken);
    }

    public async ValueTask<IReadOnlyList<WorkflowInstance>> FindSignalTargetsAsync(string name, string correlationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(correlationKey);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await PostgreSqlQueries.SignalTargets(db, name, correlationKey).MapToListAsync(r => r.ToInstance(), cancellationToken);
    }

    public async ValueTask<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Queries.DueTimers(db, dueBy, limit).MapToListAsync(b => b.ToBookmark(), cancellationToken);
    }

    public async ValueTask<DateTimeOffset?> FindNextTimerDueAtAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Queries.NextTimerDueAt(db, cancellationToken);
    }

    public IStepTransaction BeginStep() => new PostgreSqlStepTransaction(contextFactory);

    public ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken) =>
        CommitAsync(commit, StepTransactions.None, cancellationToken);

    public async ValueTask CommitAsync(StepCommit commit, IStepTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction is PostgreSqlStepTransaction { Joined: { } joined })
        {
            // Participants wrote in the step's transaction: the step's rows join them, and one COMMIT writes all. The
            // step's owner disposes it (rolling back if this throws).
            await WriteStepAsync(joined.Db, commit, cancellationToken);
            await joined.Transaction.CommitAsync(cancellationToken);
            return;
        }

        // Only the engine's rows of one instance: its advisory lock and the version check are all the step needs, so
        // the transaction goes without the installation's write lock that EF's BeginTransaction takes
        // (PostgreSqlWriteLock). Steps of different instances then commit side by side, and the server flushes their
        // commits to the WAL together (group commit), each still durable when its answer comes back. Without incidents
        // (nearly always) the batch is the transaction, one round trip.
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (commit.Incidents.Count == 0)
        {
            await WriteStepAsync(db, commit, cancellationToken);
            return;
        }

        await using var own = await db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
        await db.Database.UseTransactionAsync(own, cancellationToken);
        await WriteStepAsync(db, commit, cancellationToken);
        await own.CommitAsync(cancellationToken);
    }

    public async ValueTask<IReadOnlyList<ExecutionLogEntry>> GetLogAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Queries.Log(db, instanceId).MapToListAsync(e => e.ToEntry(), cancellationToken);
    }

    public async ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Queries.Incidents(db, instanceId).MapToListAsync(i => i.ToIncident(), cancellationToken);
    }

    public async ValueTask<IReadOnlyList<InstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Take, nameof(query));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InstanceQueries.ListAsync(db, query, cancellationToken);
    }

    private static async ValueTask WriteStepAsync(WorkflowDbContext db, StepCommit commit, CancellationToken cancellationToken)
    {
        // Inside the step's transaction (the caller commits): one batch, one round trip (PostgreSqlStepBatch) takes the
        // instance lock and writes the rows; incidents, rare, follow through SaveChanges.
        try
        {
            if (!await PostgreSqlStepBatch.WriteAsync(db, commit, cancellationToken))
            {
                // No row at the version the step started from: another step committed first.
                throw Conflict(commit, null);
            }

            if (commit.Incidents.Count > 0)
            {
                await AddIncidentsAsync(db, commit, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException exception) when (PostgreSqlErrors.IsDuplicateKey(exception))
        {
            throw Conflict(commit, exception);
        }
        finally
        {
            // A joined step's context may be used again by its participants: it must not keep tracking these rows.
            db.ChangeTracker.Clear();
        }
    }

    private static async ValueTask AddIncidentsAsync(WorkflowDbContext db, StepCommit commit, CancellationToken cancellationToken)
    {
        if (commit.Incidents.Count == 0)
        {
            return;
        }

        // Rare (a fault, a retry): which incidents exist decides insert or update. A new instance has none yet.
        var ids = commit.Incidents.Select(i => i.Id).ToList();
        var existing = commit.IsNew
            ? []
            : await db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToHashSetAsync(cancellationToken);
        foreach (var incident in commit.Incidents)
        {
            var record = IncidentRecord.FromIncident(incident);
            if (existing.Contains(incident.Id))
            {
                db.Incidents.Update(record);
            }
            else
            {
                db.Incidents.Add(record);
            }
        }
    }

    private static ConcurrencyConflictException Conflict(StepCommit commit, Exception? exception) =>
        new(
            commit.IsNew
                ? $"Workflow instance {commit.Instance.Id} already exists; nothing was written."
                : $"Workflow instance {commit.Instance.Id} is no longer at version {commit.ExpectedVersion} (another step committed first); nothing was written.",
            exception);
}
