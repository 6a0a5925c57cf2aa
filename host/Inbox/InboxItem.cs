namespace Cohorts.Host.Inbox;

/// <summary>Something that waits for the signed-in user, in words.</summary>
/// <param name="Kind">What kind of thing (<see cref="InboxKinds"/>), stable for clients.</param>
/// <param name="Title">What to do, in the user's language.</param>
/// <param name="Link">The page where it is done (a local path).</param>
/// <param name="DueAt">When it is or was due, if it has a date.</param>
/// <param name="Late">Whether it is past its date.</param>
public sealed record InboxItem(string Kind, string Title, string Link, DateTimeOffset? DueAt, bool Late);
