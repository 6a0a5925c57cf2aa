using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;

namespace Cohorts.Host.Reporting;

/// <summary>
/// A cohort's progress as the funder pages, the API, the charts and the exports show it: the report computed by
/// <see cref="ProgressCalculator"/> from the recorded data at the clock's now, and what it was computed from.
/// </summary>
/// <param name="Cohort">The cohort.</param>
/// <param name="Programme">Its programme (targets, co-funding).</param>
/// <param name="Report">The progress report.</param>
/// <param name="Companies">The cohort's companies, by id.</param>
/// <param name="Coaches">The cohort's coaches, by id.</param>
/// <param name="Funders">The cohort's funders, by name.</param>
/// <param name="Months">Sessions and events planned and held per month of the cohort.</param>
public sealed record CohortProgress(
    Cohort Cohort,
    Programme Programme,
    ProgressReport Report,
    IReadOnlyDictionary<Guid, Company> Companies,
    IReadOnlyDictionary<Guid, Coach> Coaches,
    IReadOnlyList<Funder> Funders,
    IReadOnlyList<SessionMonth> Months)
{
    /// <summary>Gets the name of a company's coach, if it has one.</summary>
    public string? CoachOf(Guid companyId) =>
        Companies.TryGetValue(companyId, out var company) && company.CoachId is { } coachId && Coaches.TryGetValue(coachId, out var coach)
            ? coach.Name
            : null;
}
