using System.Text.Json.Serialization;
using Cohorts.Engine.Instances;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Manage;

/// <summary>One company on a cohort board: where its journey stands.</summary>
/// <param name="CompanyId">The company's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">Its status.</param>
/// <param name="CoachId">Its coach, once assigned.</param>
/// <param name="CoachName">The coach's name.</param>
/// <param name="InstanceId">Its workflow instance, once launched.</param>
/// <param name="InstanceStatus">The instance's status (Suspended while it waits, Faulted after an incident...).</param>
/// <param name="CurrentSteps">The activities its instance waits at.</param>
/// <param name="NextSession">Its next session or event, if any.</param>
/// <param name="LateSessions">Its past sessions whose outcome is not recorded.</param>
/// <param name="OldestLateSession">The oldest of them, if any.</param>
/// <param name="Journey">Where the company is, for the board's words.</param>
public sealed record BoardRow(
    Guid CompanyId,
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<CompanyStatus>))] CompanyStatus Status,
    Guid? CoachId,
    string? CoachName,
    Guid? InstanceId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<WorkflowStatus>))] WorkflowStatus? InstanceStatus,
    IReadOnlyList<WaitingStep> CurrentSteps,
    BoardSession? NextSession,
    int LateSessions,
    BoardSession? OldestLateSession,
    BoardJourney Journey);
