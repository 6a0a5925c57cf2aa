namespace Cohorts.Engine.Instances;

/// <summary>What an execution log entry records.</summary>
public enum ExecutionEvent
{
    /// <summary>The instance started.</summary>
    WorkflowStarted,

    /// <summary>The instance completed.</summary>
    WorkflowCompleted,

    /// <summary>The instance faulted.</summary>
    WorkflowFaulted,

    /// <summary>The instance was cancelled.</summary>
    WorkflowCancelled,

    /// <summary>A faulted instance was retried.</summary>
    WorkflowRetried,

    /// <summary>An activity started.</summary>
    ActivityStarted,

    /// <summary>An activity completed.</summary>
    ActivityCompleted,

    /// <summary>An activity suspended on bookmarks.</summary>
    ActivitySuspended,

    /// <summary>An activity was resumed through a bookmark.</summary>
    ActivityResumed,

    /// <summary>An activity was cancelled (a Race's losing branch, a finished workflow's leftovers).</summary>
    ActivityCancelled,

    /// <summary>An activity faulted.</summary>
    ActivityFaulted,

    /// <summary>The instance moved to another version of its definition (detail: "migrated from v1 to v2").</summary>
    WorkflowMigrated,
}
