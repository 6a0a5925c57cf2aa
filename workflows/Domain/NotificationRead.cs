namespace Cohorts.Workflows.Domain;

/// <summary>
/// That a user read a notification: one row per notification and user, so one manager reading an escalation leaves it
/// unread for the programme's other managers.
/// </summary>
public sealed class NotificationRead
{
    /// <summary>The longest user id kept.</summary>
    public const int MaxUserIdLength = 100;

    /// <summary>Initializes a new instance of the <see cref="NotificationRead"/> class.</summary>
    public NotificationRead(Guid notificationId, string userId, DateTimeOffset readAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        NotificationId = notificationId;
        UserId = userId;
        ReadAt = readAt;
    }

    /// <summary>Gets the notification read.</summary>
    public Guid NotificationId { get; private set; }

    /// <summary>Gets who read it: the user's id in the identity tables.</summary>
    public string UserId { get; private set; }

    /// <summary>Gets when.</summary>
    public DateTimeOffset ReadAt { get; private set; }
}
