namespace Cohorts.Engine.Bookmarks;

/// <summary>A point where an instance waits: a signal with a correlation key, or a timer with its due instant.</summary>
/// <param name="Id">The bookmark's identifier.</param>
/// <param name="InstanceId">The waiting instance.</param>
/// <param name="ExecutionId">The activity execution that waits.</param>
/// <param name="ActivityId">The waiting activity's id in the definition.</param>
/// <param name="Kind">Signal or timer.</param>
/// <param name="Name">The signal name; <see cref="TimerName"/> for timers.</param>
/// <param name="CorrelationKey">The correlation key a signal must carry (null for timers).</param>
/// <param name="DueAt">When a timer falls due (null for signals).</param>
/// <param name="CreatedAt">When the bookmark was created.</param>
public sealed record Bookmark(
    Guid Id,
    Guid InstanceId,
    int ExecutionId,
    string ActivityId,
    BookmarkKind Kind,
    string Name,
    string? CorrelationKey,
    DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt)
{
    /// <summary>The name given to timer bookmarks.</summary>
    public const string TimerName = "timer";
}
