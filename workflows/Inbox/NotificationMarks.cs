using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Inbox;

/// <summary>
/// Records that a user read notifications: one row per notification and user (NotificationReads), so one reader never
/// marks them read for another. The caller checks that the user may see them.
/// </summary>
public sealed class NotificationMarks
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal NotificationMarks(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Marks the notifications read for the user (those read already keep their first time).</summary>
    /// <returns>How many were newly marked read.</returns>
    public Task<int> MarkReadAsync(string userId, IReadOnlyCollection<Guid> notificationIds, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(notificationIds);
        if (notificationIds.Count == 0)
        {
            return Task.FromResult(0);
        }

        return _store.WriteAsync(
            async db =>
            {
                var ids = notificationIds.Distinct().ToList();
                var read = await db.NotificationReads.Where(r => r.UserId == userId && ids.Contains(r.NotificationId)).Select(r => r.NotificationId).ToListAsync(cancellationToken);
                var now = _time.GetUtcNow();
                var added = ids.Except(read).Select(id => new NotificationRead(id, userId, now)).ToList();
                db.NotificationReads.AddRange(added);
                return added.Count;
            },
            cancellationToken);
    }
}
