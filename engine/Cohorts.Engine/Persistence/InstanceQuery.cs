using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Persistence;

/// <summary>Filters for <see cref="IWorkflowInstanceStore.ListAsync"/>; every filter left null matches everything.</summary>
public sealed record InstanceQuery
{
    /// <summary>Gets the definition id to match.</summary>
    public string? DefinitionId { get; init; }

    /// <summary>Gets the correlation id to match.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Gets the status to match.</summary>
    public WorkflowStatus? Status { get; init; }

    /// <summary>Gets the maximum number of rows (default 100).</summary>
    public int Take { get; init; } = 100;
}
