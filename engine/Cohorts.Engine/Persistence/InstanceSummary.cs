using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Persistence;

/// <summary>An instance without its state, for lists and boards.</summary>
/// <param name="Id">The instance id.</param>
/// <param name="DefinitionId">The definition it runs.</param>
/// <param name="DefinitionVersion">The definition version it runs.</param>
/// <param name="CorrelationId">The correlation id given at start.</param>
/// <param name="Status">The status.</param>
/// <param name="CreatedAt">When it started.</param>
/// <param name="UpdatedAt">When its last step committed.</param>
/// <param name="FinishedAt">When it finished, if it has.</param>
public sealed record InstanceSummary(
    Guid Id,
    string DefinitionId,
    int DefinitionVersion,
    string? CorrelationId,
    WorkflowStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt);
