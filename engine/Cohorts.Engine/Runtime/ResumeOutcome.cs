namespace Cohorts.Engine.Runtime;

/// <summary>What became of a request to resume bookmarks.</summary>
public enum ResumeOutcome
{
    /// <summary>The bookmark was resumed and the step committed.</summary>
    Resumed,

    /// <summary>The bookmark no longer exists: already resumed, or cancelled (a Race's losing branch).</summary>
    BookmarkNotFound,

    /// <summary>The instance does not wait (faulted, completed or cancelled); nothing was applied.</summary>
    InstanceNotWaiting,

    /// <summary>A signal with the same id was applied to this instance already.</summary>
    AlreadyApplied,

    /// <summary>The timer is not due yet (an early or stale wake-up).</summary>
    NotDue,
}
