using System.Text.Json.Serialization;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Coaching;

/// <summary>One of a coach's sessions, as their agenda, their week and their calendar show it.</summary>
/// <param name="Id">The session's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind (coaching, visit...).</param>
/// <param name="PlannedAt">When it is planned.</param>
/// <param name="CohortId">The cohort's id.</param>
/// <param name="CohortName">The cohort's name.</param>
/// <param name="Location">The town or place, if any.</param>
/// <param name="Companies">The companies expected.</param>
/// <param name="Recorded">Whether its outcome is recorded.</param>
/// <param name="Late">Whether it is past and its outcome not recorded.</param>
public sealed record CoachSession(
    Guid Id,
    string Title,
    [property: JsonConverter(typeof(JsonStringEnumConverter<SessionKind>))] SessionKind Kind,
    DateTimeOffset PlannedAt,
    Guid CohortId,
    string CohortName,
    string? Location,
    IReadOnlyList<CompanyRef> Companies,
    bool Recorded,
    bool Late)
{
    /// <summary>Gets when the session ends (its start plus its length).</summary>
    public DateTimeOffset EndsAt { get; init; }

    /// <summary>Gets when the session was cancelled (null: it was not): it no longer takes place.</summary>
    public DateTimeOffset? CancelledAt { get; init; }
}
