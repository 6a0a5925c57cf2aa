using Cohorts.Workflows.Services;

namespace Cohorts.Host.Manage;

/// <summary>What the launch form gives: the cohort plan, or the problems, each with the form field it belongs to.</summary>
/// <param name="Plan">The plan, when the form has no problem.</param>
/// <param name="Errors">The problems: the form field (<c>Companies</c>, <c>Coaches</c>...) and a message naming the line.</param>
/// <param name="CompanyLines">For each company of the plan, its line number in the form.</param>
/// <param name="CoachLines">For each coach of the plan, its line number in the form.</param>
public sealed record LaunchFormResult(
    CohortPlan? Plan,
    IReadOnlyList<KeyValuePair<string, string>> Errors,
    IReadOnlyList<int> CompanyLines,
    IReadOnlyList<int> CoachLines);
