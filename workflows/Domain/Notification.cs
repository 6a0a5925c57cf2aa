namespace Cohorts.Workflows.Domain;

/// <summary>
/// A message to a person (a coach reminded of a late outcome, the programme manager told of an escalation), recorded
/// once: <see cref="Key"/> names what it is about, so a replayed workflow step never sends it twice.
/// </summary>
public sealed class Notification
{
    /// <summary>Initializes a new instance of the <see cref="Notification"/> class.</summary>
    public Notification(Guid id, string key, NotificationKind kind, Guid cohortId, Guid? sessionId, string recipient, string subject, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        Id = id;
        Key = key;
        Kind = kind;
        CohortId = cohortId;
        SessionId = sessionId;
        Recipient = recipient;
        Subject = subject;
        CreatedAt = createdAt;
    }

    /// <summary>Gets the notification's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets what it is about, unique (e.g. <c>session-{id}/reminder</c>).</summary>
    public string Key { get; private set; }

    /// <summary>Gets the kind.</summary>
    public NotificationKind Kind { get; private set; }

    /// <summary>Gets the cohort.</summary>
    public Guid CohortId { get; private set; }

    /// <summary>Gets the session it is about, if any.</summary>
    public Guid? SessionId { get; private set; }

    /// <summary>Gets who is told: an e-mail address, or a role such as "programme manager".</summary>
    public string Recipient { get; private set; }

    /// <summary>Gets the message.</summary>
    public string Subject { get; private set; }

    /// <summary>Gets when it was recorded.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
}
