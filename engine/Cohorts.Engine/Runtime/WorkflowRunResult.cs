using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Runtime;

/// <summary>Where an instance stands after a step.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Status">Its status after the step.</param>
/// <param name="Bookmarks">What it waits on now.</param>
/// <param name="IncidentId">The open incident when it faulted.</param>
public sealed record WorkflowRunResult(Guid InstanceId, WorkflowStatus Status, IReadOnlyList<Bookmark> Bookmarks, Guid? IncidentId)
{
    internal static WorkflowRunResult From(WorkflowInstance instance) =>
        new(instance.Id, instance.Status, [.. instance.State.Bookmarks], instance.State.Fault?.IncidentId);
}
