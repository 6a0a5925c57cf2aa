namespace Cohorts.Host.Inbox;

/// <summary>A notification as its reader sees it.</summary>
/// <param name="Id">The notification's id.</param>
/// <param name="Text">What it says, in the reader's language.</param>
/// <param name="Link">The page about it (a local path).</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Read">Whether this reader read it.</param>
public sealed record NotificationView(Guid Id, string Text, string Link, DateTimeOffset At, bool Read);
