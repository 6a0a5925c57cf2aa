namespace Cohorts.Host.Api.Funder;

/// <summary>A cohort's progress against its targets, computed from the recorded data at <paramref name="At"/>.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="CohortName">Its name.</param>
/// <param name="ProgrammeId">Its programme.</param>
/// <param name="ProgrammeName">The programme's name.</param>
/// <param name="StartDate">The cohort's first day.</param>
/// <param name="EndDate">Its last day.</param>
/// <param name="At">The instant the figures are for (now).</param>
/// <param name="ElapsedPercent">How much of the cohort's time has passed, in percent.</param>
/// <param name="Totals">The cohort's counts.</param>
/// <param name="Kpis">Every indicator with its current value, target, percentage, forecast and status.</param>
/// <param name="Companies">Each company's progress, by name.</param>
/// <param name="Funding">The co-funding.</param>
public sealed record ProgressResponse(
    Guid CohortId,
    string CohortName,
    string ProgrammeId,
    string ProgrammeName,
    DateOnly StartDate,
    DateOnly EndDate,
    DateTimeOffset At,
    decimal ElapsedPercent,
    TotalsResponse Totals,
    IReadOnlyList<KpiResponse> Kpis,
    IReadOnlyList<CompanyProgressResponse> Companies,
    FundingResponse Funding);
