using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// The tables and columns a step's statements write (<see cref="StepRowWriter"/>), resolved once from the EF model:
/// which record properties each statement writes, in which order, and each column's type mapping
/// (<see cref="MappedColumn{TRecord}"/>).
/// </summary>
internal sealed class StepRowColumns
{
    public StepRowColumns(IModel model)
    {
        Instances = model.FindEntityType(typeof(InstanceRecord))!;
        Bookmarks = model.FindEntityType(typeof(BookmarkRecord))!;
        Logs = model.FindEntityType(typeof(LogEntryRecord))!;
        InstanceId = new(Instances, nameof(InstanceRecord.Id), r => r.Id);
        InstanceVersion = new(Instances, nameof(InstanceRecord.Version), r => r.Version);
        BookmarkId = new(Bookmarks, nameof(BookmarkRecord.Id), r => r.Id);
        BookmarkInstanceId = new(Bookmarks, nameof(BookmarkRecord.InstanceId), r => r.InstanceId);
        Instance =
        [
            InstanceId,
            new(Instances, nameof(InstanceRecord.DefinitionId), r => r.DefinitionId),
            new(Instances, nameof(InstanceRecord.DefinitionVersion), r => r.DefinitionVersion),
            new(Instances, nameof(InstanceRecord.CorrelationId), r => r.CorrelationId),
            new(Instances, nameof(InstanceRecord.Status), r => r.Status),
            InstanceVersion,
            new(Instances, nameof(InstanceRecord.CreatedAt), r => r.CreatedAt),
            new(Instances, nameof(InstanceRecord.UpdatedAt), r => r.UpdatedAt),
            new(Instances, nameof(InstanceRecord.FinishedAt), r => r.FinishedAt),
            new(Instances, nameof(InstanceRecord.State), r => (object?)r.StateUtf8 ?? r.State),
        ];

        // What a later step may change (the definition version: a migration); the rest is fixed at start.
        InstanceUpdate =
        [
            new(Instances, nameof(InstanceRecord.DefinitionVersion), r => r.DefinitionVersion),
            InstanceVersion,
            new(Instances, nameof(InstanceRecord.Status), r => r.Status),
            new(Instances, nameof(InstanceRecord.UpdatedAt), r => r.UpdatedAt),
            new(Instances, nameof(InstanceRecord.FinishedAt), r => r.FinishedAt),
            new(Instances, nameof(InstanceRecord.State), r => (object?)r.StateUtf8 ?? r.State),
        ];
        Bookmark =
        [
            BookmarkId,
            BookmarkInstanceId,
            new(Bookmarks, nameof(BookmarkRecord.ExecutionId), r => r.ExecutionId),
            new(Bookmarks, nameof(BookmarkRecord.ActivityId), r => r.ActivityId),
            new(Bookmarks, nameof(BookmarkRecord.Kind), r => r.Kind),
            new(Bookmarks, nameof(BookmarkRecord.Name), r => r.Name),
            new(Bookmarks, nameof(BookmarkRecord.CorrelationKey), r => r.CorrelationKey),
            new(Bookmarks, nameof(BookmarkRecord.DueAt), r => r.DueAt),
            new(Bookmarks, nameof(BookmarkRecord.CreatedAt), r => r.CreatedAt),
        ];

        // Not Id: the database assigns it.
        Log =
        [
            new(Logs, nameof(LogEntryRecord.InstanceId), r => r.InstanceId),
            new(Logs, nameof(LogEntryRecord.At), r => r.At),
            new(Logs, nameof(LogEntryRecord.Event), r => r.Event),
            new(Logs, nameof(LogEntryRecord.ActivityId), r => r.ActivityId),
            new(Logs, nameof(LogEntryRecord.ActivityType), r => r.ActivityType),
            new(Logs, nameof(LogEntryRecord.Detail), r => r.Detail),
        ];
    }

    /// <summary>Gets the instances' table.</summary>
    public IEntityType Instances { get; }

    /// <summary>Gets the bookmarks' table.</summary>
    public IEntityType Bookmarks { get; }

    /// <summary>Gets the execution log's table.</summary>
    public IEntityType Logs { get; }

    /// <summary>Gets the columns of an instance's INSERT, in order.</summary>
    public MappedColumn<InstanceRecord>[] Instance { get; }

    /// <summary>Gets the columns a step's UPDATE of its instance sets, in order.</summary>
    public MappedColumn<InstanceRecord>[] InstanceUpdate { get; }

    /// <summary>Gets the columns of a bookmark's INSERT, in order.</summary>
    public MappedColumn<BookmarkRecord>[] Bookmark { get; }

    /// <summary>Gets the columns of a log entry's INSERT, in order.</summary>
    public MappedColumn<LogEntryRecord>[] Log { get; }

    /// <summary>Gets the instance's id (the UPDATE's WHERE clause).</summary>
    public MappedColumn<InstanceRecord> InstanceId { get; }

    /// <summary>Gets the instance's version (the UPDATE's version check).</summary>
    public MappedColumn<InstanceRecord> InstanceVersion { get; }

    /// <summary>Gets the bookmark's id (the DELETE's list).</summary>
    public MappedColumn<BookmarkRecord> BookmarkId { get; }

    /// <summary>Gets the bookmark's instance (the DELETE's WHERE clause).</summary>
    public MappedColumn<BookmarkRecord> BookmarkInstanceId { get; }
}
