using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Workflows.Activities;

namespace Cohorts.Workflows.Kpis;

/// <summary>
/// How many milestones a company's journey plans for each company, read from its definition: the milestone reviews on
/// the path a company on course takes. A review in a loop (a recurrence, a repeat, a loop over items) makes the number
/// unknown; of branches of which one runs (if, switch, race), the one with the most reviews counts ("if everything goes
/// to plan"); of a sequence's or a parallel's activities, each.
/// </summary>
public static class JourneyMilestones
{
    /// <summary>The milestones the journey plans for each company, or null when a milestone review is in a loop.</summary>
    public static int? PerCompany(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Count(definition.Root);
    }

    private static int? Count(Activity activity) => activity switch
    {
        MilestoneReview => 1,
        RecurringSessions or Repeat or ForEach => PlanCount.Fold(activity.GetChildren(), Count, PlanCount.Add) is 0 ? 0 : null,
        If or Switch or Race => PlanCount.Fold(activity.GetChildren(), Count, Math.Max),
        _ => PlanCount.Fold(activity.GetChildren(), Count, PlanCount.Add),
    };
}
