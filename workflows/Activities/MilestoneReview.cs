using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// Sets a review point (the company's when the variable <c>companyId</c> is set, else the cohort's) due at
/// <see cref="At"/> + <see cref="Offset"/> (moved to a working day), then waits for its reviewer's decision (signal
/// <c>milestone-decided</c>, key <c>milestone-{id}</c>). "Needs work" moves the due date and keeps waiting; passed or
/// failed completes with outcome <c>Passed</c> or <c>Failed</c> and sets the variable <c>lastMilestone</c>.
/// With <see cref="DueSoonBefore"/> and <see cref="RemindWhenOverdue"/> (both off by default, so published definitions
/// behave as they did), timers beside the signal owe the reviewer an e-mail before the due date and once it passed,
/// in the timer's step.
/// </summary>
[ActivityType("MilestoneReview")]
public sealed class MilestoneReview : Activity
{
    private const string MilestoneIdKey = "milestoneId";

    /// <summary>Gets the name, a template (e.g. "Mid-term review").</summary>
    public required string Name { get; init; }

    /// <summary>Gets the criteria, a template.</summary>
    public string Criteria { get; init; } = string.Empty;

    /// <summary>Gets the date it is counted from: an ISO 8601 date or a variable holding one (default <c>cohortStart</c>).</summary>
    public string At { get; init; } = "cohortStart";

    /// <summary>Gets the time from <see cref="At"/> to the due date (e.g. P6M).</summary>
    public IsoDuration? Offset { get; init; }

    /// <summary>Gets who decides: Manager or Funder.</summary>
    public ReviewerRole Reviewer { get; init; } = ReviewerRole.Manager;

    /// <summary>Gets a value indicating whether the due date may fall on a day the definition's calendar excludes.</summary>
    public bool SkipCalendar { get; init; }

    /// <summary>Gets how long before the due date the reviewer is told it is coming (<c>milestone-due-soon</c>); none by default.</summary>
    public IsoDuration? DueSoonBefore { get; init; }

    /// <summary>Gets a value indicating whether the reviewer is told once the due date passed undecided (<c>milestone-overdue</c>).</summary>
    public bool RemindWhenOverdue { get; init; }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cohortId = ActivityValues.RequireGuid(context, "cohortId", "MilestoneReview");
        var companyId = ActivityValues.ReadGuid(context, "companyId");
        if (ActivityValues.PlannedAt(context, At, context.Now, Offset, SkipCalendar, out var error) is not { } dueAt)
        {
            return ActivityResult.Fault(error!);
        }

        var name = context.Interpolate(Name);
        var criteria = context.Interpolate(Criteria);
        var planKey = ActivityValues.PlanKey(context);
        var milestone = await ActivityValues.Store(context).WriteAsync(
            async db =>
            {
                var queries = DomainQueries.For(db);
                if (await queries.MilestoneByPlanKey(db, planKey, context.CancellationToken) is { } planned)
                {
                    return planned;
                }

                var created = new Milestone(Guid.CreateVersion7(context.Now), cohortId, companyId, name, criteria, dueAt, Reviewer) { PlanKey = planKey };
                await queries.InsertMilestoneAsync(db, created, context.CancellationToken);
                return created;
            },
            context.CancellationToken);
        context.SetState(MilestoneIdKey, milestone.Id);
        return milestone.FinalDecision is { } final ? Complete(context, milestone, final) : Wait(context, milestone);
    }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resumption);
        var milestoneId = context.GetState<Guid>(MilestoneIdKey);
        if (resumption.Bookmark.Kind == BookmarkKind.Timer)
        {
            return await RemindAsync(context, milestoneId, resumption.Bookmark.DueAt ?? context.Now);
        }

        // The decision is recorded by MilestoneService before it signals; the database, not the payload, is the truth.
        var milestone = await ActivityValues.Store(context).ReadAsync(
            db => DomainQueries.For(db).MilestoneByIdNoTracking(db, milestoneId, context.CancellationToken),
            context.CancellationToken)
            ?? throw new InvalidOperationException($"Milestone {milestoneId} no longer exists: its decision cannot be awaited.");
        return milestone.FinalDecision is { } final ? Complete(context, milestone, final) : Wait(context, milestone);
    }

    /// <inheritdoc />
    protected override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return new DefinitionProblem($"{path}.name", "a milestone needs a name");
        }

        if (!ActivityValues.IsValidDateSource(At))
        {
            yield return new DefinitionProblem($"{path}.at", $"'{At}' is neither an ISO 8601 date nor a variable name");
        }
    }

    private static ActivityResult Complete(ActivityContext context, Milestone milestone, MilestoneDecision final)
    {
        var outcome = final.Outcome.ToString();
        context.SetVariable("lastMilestone", outcome);
        return ActivityResult.Complete(outcome, new JsonObject { ["milestoneId"] = milestone.Id.ToString(), ["outcome"] = outcome, ["reason"] = final.Reason });
    }

    private ActivityResult Wait(ActivityContext context, Milestone milestone)
    {
        List<BookmarkRequest> bookmarks = [BookmarkRequest.Signal(CohortSignals.MilestoneDecided, CohortSignals.MilestoneKey(milestone.Id))];
        if (DueSoonBefore is { } before && before.SubtractFrom(milestone.DueAt, context.TimeZone) is var soon && soon > context.Now)
        {
            bookmarks.Add(BookmarkRequest.Timer(soon));
        }

        if (RemindWhenOverdue)
        {
            bookmarks.Add(BookmarkRequest.Timer(milestone.DueAt));
        }

        return ActivityResult.Suspend([.. bookmarks]);
    }

    /// <summary>
    /// A due-soon or overdue timer: owes the reviewer the e-mail in this step's transaction (once per due date), unless
    /// the milestone was decided or moved since (a timer set for an earlier due date does nothing).
    /// </summary>
    private async Task<ActivityResult> RemindAsync(ActivityContext context, Guid milestoneId, DateTimeOffset timerDueAt)
    {
        var milestone = await ActivityValues.Store(context).WriteAsync(
            async db =>
            {
                var found = await db.Milestones.SingleOrDefaultAsync(m => m.Id == milestoneId, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Milestone {milestoneId} no longer exists: its decision cannot be awaited.");
                var overdue = timerDueAt == found.DueAt;
                var soon = DueSoonBefore is { } before && timerDueAt == before.SubtractFrom(found.DueAt, context.TimeZone);
                if (found.FinalDecision is null && (overdue || soon))
                {
                    await MailsOwed.MilestoneAsync(db, found, overdue, context.Now, context.CancellationToken);
                }

                return found;
            },
            context.CancellationToken);
        return milestone.FinalDecision is { } final ? Complete(context, milestone, final) : ActivityResult.Pending;
    }
}
