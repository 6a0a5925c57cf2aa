using System.ComponentModel.DataAnnotations;

namespace Cohorts.Host.Api.Funder;

/// <summary>A reviewer's decision on a milestone.</summary>
/// <param name="Outcome">passed, needsWork or failed.</param>
/// <param name="Reason">Why (required unless passed).</param>
/// <param name="NewDueAt">For needsWork: the new due date, in the future (required then).</param>
public sealed record MilestoneDecisionRequest([property: Required] string Outcome, string? Reason, DateTimeOffset? NewDueAt);
