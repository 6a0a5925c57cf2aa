using Cohorts.Engine.Bookmarks;

namespace Cohorts.Engine.EntityFrameworkCore.Records;

/// <summary>A row of Bookmarks: a copy of a bookmark in an instance's state, kept for indexed lookup.</summary>
public sealed class BookmarkRecord
{
    /// <summary>Gets or sets the bookmark id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the waiting instance.</summary>
    public Guid InstanceId { get; set; }

    /// <summary>Gets or sets the activity execution that waits.</summary>
    public int ExecutionId { get; set; }

    /// <summary>Gets or sets the waiting activity's id.</summary>
    public string ActivityId { get; set; } = string.Empty;

    /// <summary>Gets or sets the kind (signal or timer).</summary>
    public BookmarkKind Kind { get; set; }

    /// <summary>Gets or sets the signal name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the correlation key of a signal.</summary>
    public string? CorrelationKey { get; set; }

    /// <summary>Gets or sets when a timer falls due.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Gets or sets when the bookmark was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    internal static BookmarkRecord FromBookmark(Bookmark bookmark) => new()
    {
        Id = bookmark.Id,
        InstanceId = bookmark.InstanceId,
        ExecutionId = bookmark.ExecutionId,
        ActivityId = bookmark.ActivityId,
        Kind = bookmark.Kind,
        Name = bookmark.Name,
        CorrelationKey = bookmark.CorrelationKey,
        DueAt = bookmark.DueAt,
        CreatedAt = bookmark.CreatedAt,
    };

    internal Bookmark ToBookmark() =>
        new(Id, InstanceId, ExecutionId, ActivityId, Kind, Name, CorrelationKey, DueAt, CreatedAt);
}
