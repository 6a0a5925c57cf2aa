using System.Text.Json.Serialization;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Coaching;

/// <summary>One of a coach's companies, with where its coaching stands.</summary>
/// <param name="Id">The company's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Town">Its town.</param>
/// <param name="Sector">Its sector.</param>
/// <param name="Status">Where it stands in its journey.</param>
/// <param name="Needs">The needs stated at intake.</param>
/// <param name="CohortId">The cohort's id.</param>
/// <param name="CohortName">The cohort's name.</param>
/// <param name="NextSession">The coach's next session with it, if one is planned.</param>
/// <param name="SessionsHeld">The coach's sessions with it whose outcome is recorded.</param>
/// <param name="SessionsLate">The coach's past sessions with it whose outcome is not recorded.</param>
public sealed record CoachCompany(
    Guid Id,
    string Name,
    string Town,
    string Sector,
    [property: JsonConverter(typeof(JsonStringEnumConverter<CompanyStatus>))] CompanyStatus Status,
    IReadOnlyList<string> Needs,
    Guid CohortId,
    string CohortName,
    CoachSession? NextSession,
    int SessionsHeld,
    int SessionsLate)
{
    /// <summary>Gets the hours of coaching planned with the company (every session, held or to come).</summary>
    public decimal HoursPlanned { get; init; }

    /// <summary>Gets the hours of coaching held (sessions whose outcome is recorded).</summary>
    public decimal HoursUsed { get; init; }

    /// <summary>Gets the hours the programme gives the company, if it budgets them.</summary>
    public decimal? HoursBudget { get; init; }
}
