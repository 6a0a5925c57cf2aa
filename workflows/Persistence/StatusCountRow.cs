using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Persistence;

/// <summary>How many of a cohort's companies are in one status.</summary>
/// <param name="Status">The status.</param>
/// <param name="Count">How many companies are in it.</param>
internal sealed record StatusCountRow(CompanyStatus Status, int Count);
