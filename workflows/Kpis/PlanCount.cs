using Cohorts.Engine.Activities;

namespace Cohorts.Workflows.Kpis;

/// <summary>What counting a workflow's plan (<see cref="JourneyMilestones"/>, <see cref="JourneySessions"/>) shares: its children's counts combined.</summary>
internal static class PlanCount
{
    /// <summary>The children's counts combined, or null when one of them is not known.</summary>
    public static int? Fold(IEnumerable<Activity> children, Func<Activity, int?> count, Func<int, int, int> combine)
    {
        var result = 0;
        foreach (var child in children)
        {
            if (count(child) is not { } value)
            {
                return null;
            }

            result = combine(result, value);
        }

        return result;
    }

    /// <summary>A sum's step.</summary>
    public static int Add(int a, int b) => a + b;
}
