namespace Cohorts.Host.Coaching;

/// <summary>What the session change forms (Pages/Shared/_SessionChanges.cshtml) draw: the session, the form posted if any.</summary>
/// <param name="Session">The session, as the reader sees it.</param>
/// <param name="Posted">The change form last posted on the page (drawn again with its errors), if any.</param>
/// <param name="Now">The current instant (a no-show is recorded once the session has taken place).</param>
public sealed record SessionChangeBox(SessionDetails Session, SessionChangeForm? Posted, DateTimeOffset Now)
{
    /// <summary>Gets a value indicating whether the reader is the session's coach (the forms then say "you").</summary>
    public bool ReaderIsCoach { get; init; }
}
