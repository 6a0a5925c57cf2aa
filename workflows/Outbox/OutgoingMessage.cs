namespace Cohorts.Workflows.Outbox;

/// <summary>
/// An e-mail owed to a person, written in the same transaction as the event that causes it (an invitation, a late
/// outcome's reminder, a screening decision) and sent after the commit by the host's mail sender, which renders it
/// from <see cref="Kind"/> and <see cref="Data"/> in the recipient's language. <see cref="Key"/> names what it is
/// about, so a replayed step or a retried action never owes it twice; <see cref="Id"/> is its Message-Id, so a crash
/// between sending and marking it sent costs at most a duplicate the recipient's server can recognise.
/// </summary>
public sealed class OutgoingMessage
{
    /// <summary>The longest recipient address.</summary>
    public const int MaxRecipientLength = 254;

    /// <summary>The longest key.</summary>
    public const int MaxKeyLength = 300;

    /// <summary>The longest error text kept of a failed sending.</summary>
    public const int MaxErrorLength = 1000;

    private static readonly TimeSpan MaxBackOff = TimeSpan.FromHours(1);

    /// <summary>Initializes a new instance of the <see cref="OutgoingMessage"/> class.</summary>
    /// <param name="id">The message's id, also its Message-Id.</param>
    /// <param name="key">What it is about, unique (e.g. <c>session-{id}/reminder</c>).</param>
    /// <param name="kind">What the sender renders (e.g. <c>outcome-reminder</c>).</param>
    /// <param name="recipient">The recipient's e-mail address.</param>
    /// <param name="data">What the message needs to be rendered, as a JSON object's text.</param>
    /// <param name="createdAt">When the event that causes it was recorded.</param>
    public OutgoingMessage(Guid id, string key, string kind, string recipient, string data, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentNullException.ThrowIfNull(data);
        Id = id;
        Key = key;
        Kind = kind;
        Recipient = recipient;
        Data = data;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    /// <summary>Gets the message's id (its Message-Id).</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets what it is about, unique.</summary>
    public string Key { get; private set; }

    /// <summary>Gets what the sender renders.</summary>
    public string Kind { get; private set; }

    /// <summary>Gets the recipient's e-mail address.</summary>
    public string Recipient { get; private set; }

    /// <summary>Gets the rendering data, a JSON object's text.</summary>
    public string Data { get; private set; }

    /// <summary>Gets when it was owed.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Gets when it was sent (null while owed).</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Gets how many sendings failed.</summary>
    public int Attempts { get; private set; }

    /// <summary>Gets when the next sending is due.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Gets why the last sending failed.</summary>
    public string? LastError { get; private set; }

    /// <summary>Records a failed sending: the next is due after a back-off that doubles up to an hour.</summary>
    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = RetryBackOff.Truncate(error, MaxErrorLength);
        NextAttemptAt = now + RetryBackOff.After(Attempts, TimeSpan.FromSeconds(5), MaxBackOff);
    }
}
