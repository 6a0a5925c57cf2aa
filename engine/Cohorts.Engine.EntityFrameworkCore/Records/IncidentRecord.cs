using Cohorts.Engine.Instances;

namespace Cohorts.Engine.EntityFrameworkCore.Records;

/// <summary>A row of Incidents.</summary>
public sealed class IncidentRecord
{
    /// <summary>Gets or sets the incident id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the faulted instance.</summary>
    public Guid InstanceId { get; set; }

    /// <summary>Gets or sets the activity that failed.</summary>
    public string ActivityId { get; set; } = string.Empty;

    /// <summary>Gets or sets the activity's type name.</summary>
    public string ActivityType { get; set; } = string.Empty;

    /// <summary>Gets or sets what went wrong.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>Gets or sets the exception's type.</summary>
    public string? ExceptionType { get; set; }

    /// <summary>Gets or sets when it happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Gets or sets when a retry resolved it.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    internal static IncidentRecord FromIncident(Incident incident) => new()
    {
        Id = incident.Id,
        InstanceId = incident.InstanceId,
        ActivityId = incident.ActivityId,
        ActivityType = incident.ActivityType,
        Message = incident.Message,
        ExceptionType = incident.ExceptionType,
        At = incident.At,
        ResolvedAt = incident.ResolvedAt,
    };

    internal Incident ToIncident() =>
        new(Id, InstanceId, ActivityId, ActivityType, Message, ExceptionType, At, ResolvedAt);
}
