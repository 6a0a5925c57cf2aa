using System.Text.Json.Serialization;
using Cohorts.Engine.Instances;

namespace Cohorts.Host.Manage;

/// <summary>A workflow instance's story: whose it is, where it stands, its execution log and incidents.</summary>
/// <param name="Owner">Whose instance it is.</param>
/// <param name="DefinitionId">The definition it runs.</param>
/// <param name="DefinitionVersion">The version it runs.</param>
/// <param name="Status">Its status.</param>
/// <param name="CreatedAt">When it started.</param>
/// <param name="FinishedAt">When it finished, if it has.</param>
/// <param name="CurrentSteps">The activities it waits at.</param>
/// <param name="Entries">The execution log, oldest first.</param>
/// <param name="Incidents">Its incidents, oldest first.</param>
public sealed record InstanceTimeline(
    InstanceOwner Owner,
    string DefinitionId,
    int DefinitionVersion,
    [property: JsonConverter(typeof(JsonStringEnumConverter<WorkflowStatus>))] WorkflowStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<WaitingStep> CurrentSteps,
    IReadOnlyList<TimelineEntry> Entries,
    IReadOnlyList<IncidentView> Incidents);
