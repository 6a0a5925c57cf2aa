namespace Cohorts.Host.Manage;

/// <summary>A cohort's coaches and their time: what the manager's coaches page and <c>GET /api/cohorts/{id}/coaches</c> show.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="CohortName">Its name.</param>
/// <param name="SessionLength">How long a coaching session lasts in its programme.</param>
/// <param name="HoursPerCompany">The coaching hours its programme gives each company, if it budgets them.</param>
/// <param name="Coaches">Each coach, by name.</param>
public sealed record CohortCoachHours(Guid CohortId, string CohortName, TimeSpan SessionLength, decimal? HoursPerCompany, IReadOnlyList<CoachHoursView> Coaches);
