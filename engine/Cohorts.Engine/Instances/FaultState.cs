namespace Cohorts.Engine.Instances;

/// <summary>Where a faulted instance stopped, so that a retry resumes exactly there.</summary>
public sealed class FaultState
{
    /// <summary>Gets or sets the open incident's id.</summary>
    public Guid IncidentId { get; set; }

    /// <summary>Gets or sets the work item that failed; a retry runs it again.</summary>
    public WorkItem FailedWork { get; set; } = null!;

    /// <summary>Gets or sets the work that was queued behind the failure, run after a successful retry.</summary>
    public List<WorkItem> PendingWork { get; set; } = [];
}
