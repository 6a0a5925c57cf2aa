using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Exceptions;

/// <summary>An operation does not apply to an instance in its current status (retrying one that is not faulted, say).</summary>
public sealed class InvalidInstanceStateException : CohortsException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidInstanceStateException"/> class.</summary>
    public InvalidInstanceStateException(Guid instanceId, WorkflowStatus status, string operation, string reason)
        : base($"Instance {instanceId} cannot be {operation}: {reason} (status {status}).")
    {
        InstanceId = instanceId;
        Status = status;
    }

    /// <summary>Gets the instance.</summary>
    public Guid InstanceId { get; }

    /// <summary>Gets the instance's status.</summary>
    public WorkflowStatus Status { get; }
}
