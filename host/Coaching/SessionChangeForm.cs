namespace Cohorts.Host.Coaching;

/// <summary>One of the session change forms, as posted (the pages keep it to draw the form again with its errors).</summary>
public sealed class SessionChangeForm
{
    /// <summary>Gets or sets the session.</summary>
    public Guid SessionId { get; set; }

    /// <summary>Gets or sets which change: <c>reschedule</c>, <c>cancel</c>, <c>no-show</c> or <c>correct</c>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>Gets or sets the new time (moving), in the pages' time zone.</summary>
    public DateTime? At { get; set; }

    /// <summary>Gets or sets why (moving, cancelling).</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets a value indicating whether the user confirmed a change that cannot be undone.</summary>
    public bool Confirm { get; set; }

    /// <summary>Gets or sets a value indicating whether the company came (a correction; false: a no-show).</summary>
    public bool Present { get; set; } = true;

    /// <summary>Gets or sets the notes (no-show, correction).</summary>
    public string? Notes { get; set; }

    /// <summary>Whether this posted form is the one for <paramref name="sessionId"/> and <paramref name="action"/>.</summary>
    public bool Is(Guid sessionId, string action) => SessionId == sessionId && string.Equals(Action, action, StringComparison.Ordinal);
}
