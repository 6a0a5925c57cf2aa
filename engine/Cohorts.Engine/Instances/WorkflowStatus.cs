namespace Cohorts.Engine.Instances;

/// <summary>The lifecycle status of a workflow instance.</summary>
public enum WorkflowStatus
{
    /// <summary>The instance is executing a step (never seen in committed state).</summary>
    Running,

    /// <summary>The instance waits on one or more bookmarks.</summary>
    Suspended,

    /// <summary>The instance ran to the end.</summary>
    Completed,

    /// <summary>An activity failed; see the instance's open incident. The instance can be retried.</summary>
    Faulted,

    /// <summary>The instance was cancelled.</summary>
    Cancelled,
}
