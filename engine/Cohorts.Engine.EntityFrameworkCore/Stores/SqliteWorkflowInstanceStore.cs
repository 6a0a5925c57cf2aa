using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// The SQLite <see cref="IWorkflowInstanceStore"/>: a short-lived pooled context per read, except the signal's target
/// read, which runs prepared on a <see cref="HotReader"/>; commits go through one long-lived <see cref="StepRowWriter"/>
/// (its own connection, kept open, with its statements prepared), used only under the write gate.
/// </summary>
internal sealed class SqliteWorkflowInstanceStore(
    IDbContextFactory<WorkflowDbContext> contextFactory,
    SqliteWriteGate writeGate,
    HotReaderPool readers)
    : IWorkflowInstanceStore, IAsyncDisposable, IDisposable
{
    private StepRowWriter? _writer;
    private bool _disposed;

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

    public async ValueTask<IReadOnlyList<WorkflowInstance>> FindSignalTargetsAsync(
        string name,
        string correlationKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(correlationKey);
        var records = await readers.ReadAsync((reader, ct) => reader.SignalTargetsAsync(name, correlationKey, ct), cancellationToken);
        return [.. records.Select(r => r.ToInstance())];
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
        ObjectDisposedException.ThrowIf(_disposed, this);
        var rows = _writer ??= await StepRowWriter.OpenAsync(contextFactory, cancellationToken);
        try
        {
            await CommitAsync(rows, commit, cancellationToken);
        }
        catch (Exception exception) when (exception is not ConcurrencyConflictException)
        {
            // Rolled back already. The writer's connection may be the cause (an I/O error, an interrupted statement):
            // the next step opens a fresh one rather than trust it.
            _writer = null;
            await rows.DisposeAsync();
            throw;
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

    private static async ValueTask CommitAsync(StepRowWriter rows, StepCommit commit, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken up front, so the statements below
        // see one database state, and a rival process waits in busy_timeout here rather than failing half way.
        // Disposing without commit rolls back: nothing of a failed step is written. Statements (StepRowWriter): the
        // instance INSERT, or its UPDATE with the version check; the bookmark DELETE when the step removed any, before
        // the inserts so that a step may remove and re-add a bookmark id; the bookmark INSERT; one log INSERT. Then,
        // only when the step has incidents, their lookup and one SaveChanges.
        var db = rows.Context;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var instance = InstanceRecord.FromInstance(commit.Instance);
            if (commit.IsNew)
            {
                await rows.InsertInstanceAsync(instance, cancellationToken);
            }
            else if (!await rows.UpdateInstanceAsync(instance, commit.ExpectedVersion, cancellationToken))
            {
                // No row at the version the step started from: another step committed first.
                throw Conflict(commit, null);
            }

            await RemoveBookmarksAsync(rows, commit, cancellationToken);
            await rows.InsertBookmarksAsync([.. commit.AddedBookmarks.Select(BookmarkRecord.FromBookmark)], cancellationToken);
            await rows.AppendLogAsync([.. commit.Log.Select(LogEntryRecord.FromEntry)], cancellationToken);
        }
        catch (DbUpdateException exception) when (SqliteErrors.IsDuplicateKey(exception))
        {
            throw Conflict(commit, exception);
        }

        await WriteIncidentsAsync(db, commit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async ValueTask RemoveBookmarksAsync(StepRowWriter rows, StepCommit commit, CancellationToken cancellationToken)
    {
        if (commit.RemovedBookmarks.Count == 0)
        {
            return;
        }

        // A set-based DELETE, not a key-only entity delete: a row that is already gone (a faulted instance's bookmarks
        // live only in its state) is no error, since the version check on the instance row is what decides conflicts.
        // Scoped to the instance so a step never deletes another's rows.
        await rows.DeleteBookmarksAsync(commit.Instance.Id, [.. commit.RemovedBookmarks.Select(b => b.Id)], cancellationToken);
    }

    private static async ValueTask WriteIncidentsAsync(WorkflowDbContext db, StepCommit commit, CancellationToken cancellationToken)
    {
        if (commit.Incidents.Count == 0)
        {
            return;
        }

        // Rare (a fault, a retry): which incidents exist decides insert or update. A new instance has none yet. The
        // transaction is ours and rolls back whole on failure, so the writer's context saves without a savepoint.
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

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (SqliteErrors.IsDuplicateKey(exception))
        {
            throw Conflict(commit, exception);
        }
        finally
        {
            // The writer's context lives on: it must not keep tracking these rows into the next step.
            db.ChangeTracker.Clear();
        }
    }

    private static ConcurrencyConflictException Conflict(StepCommit commit, Exception? exception) =>
        new(
            commit.IsNew
                ? $"Workflow instance {commit.Instance.Id} already exists; nothing was written."
                : $"Workflow instance {commit.Instance.Id} is no longer at version {commit.ExpectedVersion} (another step committed first); nothing was written.",
            exception);
}
