using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>Records notifications in the Notifications table, once per key.</summary>
internal sealed class StoredNotificationSink(CohortsStore store) : INotificationSink
{
    public Task NotifyAsync(Notification notification, CancellationToken cancellationToken) =>
        store.WriteAsync(
            async db =>
            {
                if (!await db.Notifications.AnyAsync(n => n.Key == notification.Key, cancellationToken))
                {
                    db.Notifications.Add(notification);
                }
            },
            cancellationToken);
}
