using Cohorts.Engine.Instances;

namespace Cohorts.Host.Manage;

/// <summary>Where a company's workflow instance stands, for its board row.</summary>
/// <param name="Status">The instance's status (null when there is no such instance).</param>
/// <param name="Steps">The activities it waits at.</param>
/// <param name="CoachingPlanned">How many coaching sessions its definition plans, if it says.</param>
public sealed record InstanceJourney(WorkflowStatus? Status, IReadOnlyList<WaitingStep> Steps, int? CoachingPlanned);
