using System.Text.Json.Serialization;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Events;

/// <summary>One collective event of a cohort, as its events list shows it: expected against actual.</summary>
/// <param name="Id">The event's id (a session id: GET /api/sessions/{id}, POST /api/sessions/{id}/outcome).</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind: Visit, Networking, Conference, Feedback or Workshop.</param>
/// <param name="PlannedAt">When it is planned.</param>
/// <param name="Location">The town or place, if any.</param>
/// <param name="Organiser">Who organises it.</param>
/// <param name="CompaniesExpected">The companies expected.</param>
/// <param name="CompaniesPresent">The companies marked present, once recorded.</param>
/// <param name="VisitorsExpected">The visitors expected, if counted.</param>
/// <param name="Visitors">The visitors counted, once recorded (if counted).</param>
/// <param name="Recorded">Whether its outcome is recorded.</param>
/// <param name="Late">Whether it is past and its outcome not recorded.</param>
/// <param name="RecordedBy">Who recorded its outcome, once recorded.</param>
public sealed record EventRow(
    Guid Id,
    string Title,
    [property: JsonConverter(typeof(JsonStringEnumConverter<SessionKind>))] SessionKind Kind,
    DateTimeOffset PlannedAt,
    string? Location,
    string? Organiser,
    int CompaniesExpected,
    int? CompaniesPresent,
    int? VisitorsExpected,
    int? Visitors,
    bool Recorded,
    bool Late,
    string? RecordedBy);
