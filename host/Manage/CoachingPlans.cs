using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Workflows.Activities;

namespace Cohorts.Host.Manage;

/// <summary>Counts the coaching sessions a company's journey plans, from its definition (for "session 5 of 12").</summary>
public static class CoachingPlans
{
    /// <summary>
    /// Gets the coaching sessions a definition plans: each recurring coaching session's count, plus the single coaching
    /// sessions; null when it holds a recurrence bounded by a date only (its count is not known ahead) or none at all.
    /// </summary>
    public static int? Count(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var total = 0;
        HashSet<Activity> bodies = [];
        foreach (var activity in definition.Activities)
        {
            if (activity is RecurringSessions { Body: CoachingSession } recurring)
            {
                if (recurring.Count is not { } count)
                {
                    return null;
                }

                total += count;
                bodies.Add(recurring.Body);
            }
        }

        total += definition.Activities.Count(a => a is CoachingSession && !bodies.Contains(a));
        return total > 0 ? total : null;
    }
}
