using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// The instance store's hot queries, compiled once per store type (a static of each store: a compiled query runs on one
/// model only, and each provider has its own): a call binds parameters and runs cached SQL, with no expression-tree
/// comparison against EF's query cache.
/// </summary>
internal sealed class InstanceQueries
{
    public readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<InstanceRecord?>> FindInstance =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken _) =>
            db.Instances.AsNoTracking().FirstOrDefault(i => i.Id == id));

    /// <summary>Served by the signals-only IX_Bookmarks_Name_CorrelationKey.</summary>
    public readonly Func<WorkflowDbContext, string, string, IAsyncEnumerable<BookmarkRecord>> SignalBookmarks =
        EF.CompileAsyncQuery<WorkflowDbContext, string, string, BookmarkRecord>((WorkflowDbContext db, string name, string correlationKey) =>
            db.Bookmarks.AsNoTracking()
                .Where(b => b.Name == name && b.CorrelationKey == correlationKey && b.Kind == BookmarkKind.Signal)
                .OrderBy(b => b.CreatedAt)
                .ThenBy(b => b.Id));

    /// <summary>Served, in order and without a sort, by the timers-only IX_Bookmarks_DueAt_Id.</summary>
    public readonly Func<WorkflowDbContext, DateTimeOffset, int, IAsyncEnumerable<BookmarkRecord>> DueTimers =
        EF.CompileAsyncQuery<WorkflowDbContext, DateTimeOffset, int, BookmarkRecord>((WorkflowDbContext db, DateTimeOffset dueBy, int limit) =>
            db.Bookmarks.AsNoTracking()
                .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt <= dueBy)
                .OrderBy(b => b.DueAt)
                .ThenBy(b => b.Id)
                .Take(limit));

    /// <summary>The first entry of the timers-only IX_Bookmarks_DueAt_Id.</summary>
    public readonly Func<WorkflowDbContext, CancellationToken, Task<DateTimeOffset?>> NextTimerDueAt =
        EF.CompileAsyncQuery((WorkflowDbContext db, CancellationToken _) =>
            db.Bookmarks.AsNoTracking()
                .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt != null)
                .OrderBy(b => b.DueAt)
                .Select(b => b.DueAt)
                .FirstOrDefault());

    public readonly Func<WorkflowDbContext, Guid, IAsyncEnumerable<LogEntryRecord>> Log =
        EF.CompileAsyncQuery<WorkflowDbContext, Guid, LogEntryRecord>((WorkflowDbContext db, Guid instanceId) =>
            db.ExecutionLog.AsNoTracking().Where(e => e.InstanceId == instanceId).OrderBy(e => e.Id));

    public readonly Func<WorkflowDbContext, Guid, IAsyncEnumerable<IncidentRecord>> Incidents =
        EF.CompileAsyncQuery<WorkflowDbContext, Guid, IncidentRecord>((WorkflowDbContext db, Guid instanceId) =>
            db.Incidents.AsNoTracking().Where(i => i.InstanceId == instanceId).OrderBy(i => i.At).ThenBy(i => i.Id));

    /// <summary>A page of instance summaries, newest first, filtered as the query asks.</summary>
    public static async Task<List<InstanceSummary>> ListAsync(WorkflowDbContext db, InstanceQuery query, CancellationToken cancellationToken)
    {
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

    /// <summary>Which of these instance ids have a row, from the primary key alone, a few hundred ids a query.</summary>
    public static async ValueTask<IReadOnlySet<Guid>> ExistingAsync(WorkflowDbContext db, IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        var existing = new HashSet<Guid>();
        foreach (var chunk in instanceIds.Distinct().Chunk(500))
        {
            existing.UnionWith(await db.Instances.AsNoTracking().Where(i => chunk.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken));
        }

        return existing;
    }
}
