using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// The instance store's hot queries, compiled once per process: a call binds parameters and runs cached SQL, with no
/// expression-tree comparison against EF's query cache.
/// </summary>
internal static class InstanceQueries
{
    public static readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<InstanceRecord?>> FindInstance =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken _) =>
            db.Instances.AsNoTracking().FirstOrDefault(i => i.Id == id));

    /// <summary>Served by the signals-only IX_Bookmarks_Name_CorrelationKey.</summary>
    public static readonly Func<WorkflowDbContext, string, string, IAsyncEnumerable<BookmarkRecord>> SignalBookmarks =
        EF.CompileAsyncQuery<WorkflowDbContext, string, string, BookmarkRecord>((WorkflowDbContext db, string name, string correlationKey) =>
            db.Bookmarks.AsNoTracking()
                .Where(b => b.Name == name && b.CorrelationKey == correlationKey && b.Kind == BookmarkKind.Signal)
                .OrderBy(b => b.CreatedAt)
                .ThenBy(b => b.Id));

    /// <summary>Served, in order and without a sort, by the timers-only IX_Bookmarks_DueAt_Id.</summary>
    public static readonly Func<WorkflowDbContext, DateTimeOffset, int, IAsyncEnumerable<BookmarkRecord>> DueTimers =
        EF.CompileAsyncQuery<WorkflowDbContext, DateTimeOffset, int, BookmarkRecord>((WorkflowDbContext db, DateTimeOffset dueBy, int limit) =>
            db.Bookmarks.AsNoTracking()
                .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt <= dueBy)
                .OrderBy(b => b.DueAt)
                .ThenBy(b => b.Id)
                .Take(limit));

    /// <summary>The first entry of the timers-only IX_Bookmarks_DueAt_Id.</summary>
    public static readonly Func<WorkflowDbContext, CancellationToken, Task<DateTimeOffset?>> NextTimerDueAt =
        EF.CompileAsyncQuery((WorkflowDbContext db, CancellationToken _) =>
            db.Bookmarks.AsNoTracking()
                .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt != null)
                .OrderBy(b => b.DueAt)
                .Select(b => b.DueAt)
                .FirstOrDefault());

    public static readonly Func<WorkflowDbContext, Guid, IAsyncEnumerable<LogEntryRecord>> Log =
        EF.CompileAsyncQuery<WorkflowDbContext, Guid, LogEntryRecord>((WorkflowDbContext db, Guid instanceId) =>
            db.ExecutionLog.AsNoTracking().Where(e => e.InstanceId == instanceId).OrderBy(e => e.Id));

    public static readonly Func<WorkflowDbContext, Guid, IAsyncEnumerable<IncidentRecord>> Incidents =
        EF.CompileAsyncQuery<WorkflowDbContext, Guid, IncidentRecord>((WorkflowDbContext db, Guid instanceId) =>
            db.Incidents.AsNoTracking().Where(i => i.InstanceId == instanceId).OrderBy(i => i.At).ThenBy(i => i.Id));
}
