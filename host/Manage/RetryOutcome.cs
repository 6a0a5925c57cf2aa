using System.Text.Json.Serialization;
using Cohorts.Engine.Instances;

namespace Cohorts.Host.Manage;

/// <summary>Where an instance stands after a retry.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Status">Its status now (Suspended or Completed when the retry went through, Faulted when it failed again).</param>
/// <param name="IncidentId">The new incident when it faulted again.</param>
public sealed record RetryOutcome(
    Guid InstanceId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<WorkflowStatus>))] WorkflowStatus Status,
    Guid? IncidentId);
