using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>The SQLite <see cref="IWorkflowInstanceStore"/>: a short-lived pooled context per call.</summary>
internal sealed class SqliteWorkflowInstanceStore(IDbContextFactory<WorkflowDbContext> contextFactory, SqliteWriteGate writeGate)
    : IWorkflowInstanceStore
{
    public async ValueTask<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await InstanceQueries.FindInstance(db, instanceId, cancellationToken);
        return record?.ToInstance();
    }

    public async ValueTask<IReadOnlyList<Bookmark>> FindSignalBookmarksAsync(
        string name,
        string correlationKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(correlationKey);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InstanceQueries.SignalBookmarks(db, name, correlationKey)
            .MapToListAsync(b => b.ToBookmark(), cancellationToken);
    }

    public async ValueTask<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InstanceQueries.DueTimers(db, dueBy, limit).MapToListAsync(b => b.ToBookmark(), cancellationToken);
    }

    public async ValueTask<DateTimeOffset?> FindNextTimerDueAtAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InstanceQueries.NextTimerDueAt(db, cancellationToken);
    }

    public async ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        using var writeLock = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken up front, so the statements below
        // see one database state, and a rival process waits in busy_timeout here rather than failing half way.
        // Disposing without commit rolls back: nothing of a failed step is written. Statements: the bookmark DELETE
        // and the incident lookup when the step has any, then one SaveChanges for the instance row (with its
        // version check), bookmark inserts, log appends and incident writes.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var instance = InstanceRecord.FromInstance(commit.Instance);
        if (commit.IsNew)
        {
            db.Instances.Add(instance);
        }
        else
        {
            // Update without loading: attach the new values and tell EF the version the step started from, so the
            // statement is `UPDATE ... WHERE Id = @id AND Version = @expected` and no row changed means a conflict.
            var entry = db.Instances.Attach(instance);
            entry.Property(i => i.Version).OriginalValue = commit.ExpectedVersion;
            entry.Property(i => i.Version).IsModified = true;
            entry.Property(i => i.Status).IsModified = true;
            entry.Property(i => i.UpdatedAt).IsModified = true;
            entry.Property(i => i.FinishedAt).IsModified = true;
            entry.Property(i => i.State).IsModified = true;
        }

        await RemoveBookmarksAsync(db, commit, cancellationToken);
        db.Bookmarks.AddRange(commit.AddedBookmarks.Select(BookmarkRecord.FromBookmark));
        db.ExecutionLog.AddRange(commit.Log.Select(LogEntryRecord.FromEntry));
        await AddOrUpdateIncidentsAsync(db, commit, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw Conflict(commit, exception);
        }
        catch (DbUpdateException exception) when (SqliteErrors.IsDuplicateKey(exception))
        {
            throw Conflict(commit, exception);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask<IReadOnlyList<ExecutionLogEntry>> GetLogAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InstanceQueries.Log(db, instanceId).MapToListAsync(e => e.ToEntry(), cancellationToken);
    }

    public async ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InstanceQueries.Incidents(db, instanceId).MapToListAsync(i => i.ToIncident(), cancellationToken);
    }

    public async ValueTask<IReadOnlyList<InstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Take, nameof(query));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // Composed per set of filters rather than compiled: EF caches one plan per shape, and "@p IS NULL OR" filters
        // in one compiled query would keep SQLite from using the indexes.
        IQueryable<InstanceRecord> instances = db.Instances.AsNoTracking();
        if (query.DefinitionId is { } definitionId)
        {
            instances = instances.Where(i => i.DefinitionId == definitionId);
        }

        if (query.CorrelationId is { } correlationId)
        {
            instances = instances.Where(i => i.CorrelationId == correlationId);
        }

        if (query.Status is { } status)
        {
            instances = instances.Where(i => i.Status == status);
        }

        return await instances
            .OrderByDescending(i => i.CreatedAt)
            .ThenByDescending(i => i.Id)
            .Take(query.Take)
            .Select(i => new InstanceSummary(
                i.Id, i.DefinitionId, i.DefinitionVersion, i.CorrelationId, i.Status, i.CreatedAt, i.UpdatedAt, i.FinishedAt))
            .ToListAsync(cancellationToken);
    }

    private static async ValueTask RemoveBookmarksAsync(WorkflowDbContext db, StepCommit commit, CancellationToken cancellationToken)
    {
        if (commit.RemovedBookmarks.Count == 0)
        {
            return;
        }

        // One set-based DELETE in the transaction, before SaveChanges so that a step may remove and re-add a bookmark
        // id. Not a key-only entity delete in SaveChanges: EF would treat a row that is already gone (a faulted
        // instance's bookmarks live only in its state) as a concurrency failure, while the version check on the
        // instance row is what decides conflicts. Scoped to the instance so a step never deletes another's rows.
        var instanceId = commit.Instance.Id;
        var ids = commit.RemovedBookmarks.Select(b => b.Id).ToList();
        await db.Bookmarks
            .Where(b => b.InstanceId == instanceId && ids.Contains(b.Id))
            .ExecuteDeleteAsync(cancellationToken);
    }

    private static async ValueTask AddOrUpdateIncidentsAsync(WorkflowDbContext db, StepCommit commit, CancellationToken cancellationToken)
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

    private static ConcurrencyConflictException Conflict(StepCommit commit, DbUpdateException exception) =>
        new(
            commit.IsNew
                ? $"Workflow instance {commit.Instance.Id} already exists; nothing was written."
                : $"Workflow instance {commit.Instance.Id} is no longer at version {commit.ExpectedVersion} (another step committed first); nothing was written.",
            exception);
}
