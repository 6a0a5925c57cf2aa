namespace Cohorts.Workflows.Outbox;

/// <summary>
/// A signal owed to a workflow, written in the same transaction as the human decision that causes it (a session's
/// outcome, a milestone decision, a coach assignment) and deleted once the runtime has applied it. Delivery is
/// idempotent by <see cref="SignalId"/>, so delivering it again after a crash applies nothing twice.
/// </summary>
public sealed class PendingSignal
{
    /// <summary>The longest error text kept of a failed delivery.</summary>
    public const int MaxErrorLength = 1000;

    private static readonly TimeSpan MaxBackOff = TimeSpan.FromMinutes(5);

    /// <summary>Initializes a new instance of the <see cref="PendingSignal"/> class.</summary>
    public PendingSignal(Guid id, string name, string correlationKey, string? payload, string signalId, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(correlationKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(signalId);
        Id = id;
        Name = name;
        CorrelationKey = correlationKey;
        Payload = payload;
        SignalId = signalId;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    /// <summary>Gets the row's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the signal's name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the correlation key of the instances it is for.</summary>
    public string CorrelationKey { get; private set; }

    /// <summary>Gets the payload, as JSON text (null for none).</summary>
    public string? Payload { get; private set; }

    /// <summary>Gets the signal id that makes delivery idempotent.</summary>
    public string SignalId { get; private set; }

    /// <summary>Gets when the decision that owes it was recorded.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Gets how many deliveries failed.</summary>
    public int Attempts { get; private set; }

    /// <summary>Gets when the next delivery is due.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Gets why the last delivery failed.</summary>
    public string? LastError { get; private set; }

    /// <summary>Records a failed delivery: the next is due after a back-off that doubles up to five minutes.</summary>
    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = RetryBackOff.Truncate(error, MaxErrorLength);
        NextAttemptAt = now + RetryBackOff.After(Attempts, TimeSpan.FromSeconds(1), MaxBackOff);
    }
}
