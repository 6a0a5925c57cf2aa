namespace Cohorts.Engine.Bookmarks;

/// <summary>What an activity asks the runtime to wait for.</summary>
public sealed record BookmarkRequest
{
    private BookmarkRequest(BookmarkKind kind, string name, string? correlationKey, DateTimeOffset? dueAt)
    {
        Kind = kind;
        Name = name;
        CorrelationKey = correlationKey;
        DueAt = dueAt;
    }

    /// <summary>Gets the kind of bookmark.</summary>
    public BookmarkKind Kind { get; }

    /// <summary>Gets the signal name (for timers, <see cref="Bookmark.TimerName"/>).</summary>
    public string Name { get; }

    /// <summary>Gets the correlation key that a signal must carry, if any.</summary>
    public string? CorrelationKey { get; }

    /// <summary>Gets the due instant of a timer.</summary>
    public DateTimeOffset? DueAt { get; }

    /// <summary>Waits for the named signal with this correlation key.</summary>
    public static BookmarkRequest Signal(string name, string correlationKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(correlationKey);
        return new BookmarkRequest(BookmarkKind.Signal, name, correlationKey, null);
    }

    /// <summary>Waits until the given instant.</summary>
    public static BookmarkRequest Timer(DateTimeOffset dueAt) =>
        new(BookmarkKind.Timer, Bookmark.TimerName, null, dueAt.ToUniversalTime());
}
