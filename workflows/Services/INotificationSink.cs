using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Services;

/// <summary>
/// Delivers notifications (reminders of late outcomes, escalations). The default records them in the Notifications
/// table; a host may register another (e-mail) before <c>AddCohortsWorkflows</c>. Called again for a notification
/// already delivered (same <see cref="Notification.Key"/>) after a replayed workflow step, it must do nothing.
/// </summary>
public interface INotificationSink
{
    /// <summary>Delivers a notification once per key.</summary>
    Task NotifyAsync(Notification notification, CancellationToken cancellationToken);
}
