using Cohorts.Host.Access;
using Cohorts.Host.Web;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Reporting;

/// <summary>
/// A reviewer's decision on a milestone, as the API and the funder pages take it: the milestone names its reviewer
/// (a funder of the cohort, or a manager of the programme) and only that reviewer decides; the domain service checks
/// the rest (decided already, a reason, a future due date for "needs work").
/// </summary>
public static class MilestoneDecisions
{
    /// <summary>The decisions as written in requests.</summary>
    public static IReadOnlyList<string> Outcomes { get; } = ["passed", "needsWork", "failed"];

    /// <summary>Records the user's decision.</summary>
    /// <exception cref="AccessDeniedException">The user is not the milestone's reviewer.</exception>
    /// <exception cref="DomainRuleException">No such milestone (404), or the decision breaks a rule (400 naming the field).</exception>
    public static async Task<MilestoneDecision> DecideAsync(
        UserAccess access,
        MilestoneService milestones,
        Guid milestoneId,
        string? outcome,
        string? reason,
        DateTimeOffset? newDueAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(milestones);
        var (milestone, cohort) = await access.RequireMilestoneAsync(milestoneId, decide: true, cancellationToken);
        var verdict = new MilestoneVerdict(milestone.Id, milestone.Reviewer, ParseOutcome(outcome), reason, newDueAt)
        {
            FunderId = milestone.Reviewer == ReviewerRole.Funder ? cohort.FunderId : null,
            DecidedBy = milestone.Reviewer == ReviewerRole.Manager ? access.Email : null, // a funder's is the funder's name
        };
        return await milestones.DecideAsync(verdict, cancellationToken);
    }

    /// <summary>
    /// The new due date a page takes, a day, as the instant it means: 09:00 that day in the pages' zone (the API takes
    /// the instant itself). A day out of the domain's range is refused at <c>newDueAt</c>.
    /// </summary>
    /// <exception cref="DomainRuleException">The day is out of range.</exception>
    public static DateTimeOffset? NewDueAt(DateOnly? day) =>
        day is { } date ? TypedInstants.At(date, new TimeOnly(9, 0), CohortsHostExtensions.PagesTimeZone, "newDueAt") : null;

    /// <summary>Reads a decision: passed, needsWork or failed (any case).</summary>
    /// <exception cref="DomainRuleException">Anything else (400 naming <c>outcome</c>).</exception>
    public static MilestoneOutcome ParseOutcome(string? outcome)
    {
        if (EnumNames.TryParse<MilestoneOutcome>(outcome?.Trim(), out var parsed))
        {
            return parsed;
        }

        throw new DomainRuleException("outcome", $"'{outcome}' is not a decision: say {string.Join(", ", Outcomes)}.");
    }
}
