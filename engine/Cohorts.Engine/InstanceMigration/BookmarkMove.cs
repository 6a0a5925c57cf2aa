using Cohorts.Engine.Bookmarks;

namespace Cohorts.Engine.InstanceMigration;

/// <summary>Where one bookmark (a signal waited for, a timer) goes in the target version.</summary>
/// <param name="BookmarkId">The bookmark.</param>
/// <param name="Kind">Signal or timer.</param>
/// <param name="Name">The signal's name (<see cref="Bookmark.TimerName"/> for a timer).</param>
/// <param name="CorrelationKey">The signal's correlation key, kept as it is.</param>
/// <param name="FromActivityId">The waiting activity in the instance's version.</param>
/// <param name="ToActivityId">The waiting activity in the target version (null when it cannot move).</param>
/// <param name="DueAt">When a timer falls due now.</param>
/// <param name="NewDueAt">When the timer falls due in the target version: re-armed when the target's settings changed, else <paramref name="DueAt"/>.</param>
public sealed record BookmarkMove(
    Guid BookmarkId,
    BookmarkKind Kind,
    string Name,
    string? CorrelationKey,
    string FromActivityId,
    string? ToActivityId,
    DateTimeOffset? DueAt,
    DateTimeOffset? NewDueAt)
{
    /// <summary>Gets a value indicating whether the timer is re-armed at another instant.</summary>
    public bool Rearmed => Kind == BookmarkKind.Timer && NewDueAt != DueAt;
}
