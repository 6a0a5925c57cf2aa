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
/// read, which runs prepared on a <see cref="HotReader"/> (<see cref="HotReaderPool"/>); commits go through the one
/// long-lived <see cref="StepRowWriter"/> of <see cref="SqliteWriterConnection"/> (its own connection, kept open, with its
/// statements prepared), used only under the write gate. The writer is the service provider's, which disposes it.
/// </summary>
internal sealed class SqliteWorkflowInstanceStore(
    IDbContextFactory<WorkflowDbContext> contextFactory,
    SqliteWriterConnection writer,
    HotReaderPool readers)
    : IWorkflowInstanceStore
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

    public async ValueTask<IReadOnlyList<Bookmark>> FindSignalBookmarksAsync(
        string name,
        string correlationKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(correlationKey);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Queries.SignalBookmarks(db, name, correlationKey)
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
        return await Queries.DueTimers(db, dueBy, limit).MapToListAsync(b => b.ToBookmark(), cancellationToken);
    }

    public async ValueTask<DateTimeOffset?> FindNextTimerDueAtAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Queries.NextTimerDueAt(db, cancellationToken);
    }

    public IStepTransaction BeginStep() => new SqliteStepTransaction(this);

    public ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken) =>
        CommitAsync(commit, StepTransactions.None, cancellationToken);

    public async ValueTask CommitAsync(StepCommit commit, IStepTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(transaction);

        // Participants wrote in the step's turn at the writer: the step's rows join them. A step nobody joined takes
        // its turn now (in a transaction begun through SQLite's C API unless its incidents are saved through EF). Either
        // way the turn commits in a group: when other writes wait for the gate, the transaction is left open for them
        // and this returns once the one COMMIT of all is done (durable, as every step's answer).
        var turn = transaction is SqliteStepTransaction { Turn: { } joined } ? joined
            : commit.Incidents.Count == 0 ? await writer.BeginRowsTurnAsync(cancellationToken)
            : await writer.BeginTurnAsync(cancellationToken);
        try
        {
            await WriteStepAsync(turn.Rows, commit, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            await turn.RollbackAsync(connectionSuspect: false);
            throw;
        }
        catch
        {
            await turn.RollbackAsync(connectionSuspect: true);
            throw;
        }

        await turn.CommitAsync();
    }

    /// <summary>Begins a turn at the writer for a step's participants (see <see cref="SqliteStepTransaction"/>).</summary>
    internal ValueTask<WriterTurn> BeginTurnAsync(CancellationToken cancellationToken) => writer.BeginTurnAsync(cancellationToken);

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

    private static async ValueTask WriteStepAsync(StepRowWriter rows, StepCommit commit, CancellationToken cancellationToken)
    {
        // Inside the step's transaction (the caller commits). Statements (StepRowWriter): the instance INSERT, or its
        // UPDATE with the version check; the bookmark DELETE when the step removed any, before the inserts so that a
        // step may remove and re-add a bookmark id; the bookmark INSERT; one log INSERT. Then, only when the step has
        // incidents, their lookup and one SaveChanges.
        try
        {
            var instance = InstanceRecord.ForWriter(commit.Instance, rows.State);
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

        await WriteIncidentsAsync(rows, commit, cancellationToken);
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

    private static async ValueTask WriteIncidentsAsync(StepRowWriter rows, StepCommit commit, CancellationToken cancellationToken)
    {
        if (commit.Incidents.Count == 0)
        {
            return;
        }

        await rows.InContextAsync((db, ct) => WriteIncidentsAsync(db, commit, ct), cancellationToken);
    }

    private static async Task WriteIncidentsAsync(WorkflowDbContext db, StepCommit commit, CancellationToken cancellationToken)
    {
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
