using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;

namespace Cohorts.Host.Reporting;

/// <summary>A cohort's progress as far as its rows decide it (<see cref="ProgressBasis"/>), with what the report shows beside it, read at one time.</summary>
/// <param name="Basis">The counted rows.</param>
/// <param name="Companies">The cohort's companies by id.</param>
/// <param name="Coaches">Its coaches by id.</param>
/// <param name="Funders">Its funders, by name.</param>
/// <param name="Months">Sessions planned and held per month.</param>
internal sealed record ProgressBasisEntry(
    ProgressBasis Basis,
    IReadOnlyDictionary<Guid, Company> Companies,
    IReadOnlyDictionary<Guid, Coach> Coaches,
    IReadOnlyList<Funder> Funders,
    IReadOnlyList<SessionMonth> Months);
