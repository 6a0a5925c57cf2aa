using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Services;

/// <summary>A reviewer's decision on a milestone, as submitted.</summary>
/// <param name="MilestoneId">The milestone.</param>
/// <param name="Role">Who decides: a manager, or a funder (the milestone says which).</param>
/// <param name="Outcome">Passed, needs work or failed.</param>
/// <param name="Reason">Why (required unless passed).</param>
/// <param name="NewDueAt">For "needs work": the new due date, in the future.</param>
public sealed record MilestoneVerdict(Guid MilestoneId, ReviewerRole Role, MilestoneOutcome Outcome, string? Reason = null, DateTimeOffset? NewDueAt = null)
{
    /// <summary>Gets the funder deciding, required when <see cref="Role"/> is <see cref="ReviewerRole.Funder"/>.</summary>
    public Guid? FunderId { get; init; }

    /// <summary>Gets the reviewer's name for the record (default: the funder's name, or "programme manager").</summary>
    public string? DecidedBy { get; init; }
}
