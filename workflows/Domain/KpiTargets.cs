namespace Cohorts.Workflows.Domain;

/// <summary>The rule every list of targets keeps, a programme's or a cohort's own: one target per indicator.</summary>
internal static class KpiTargets
{
    /// <summary>Orders the targets by indicator, checking that none has two.</summary>
    /// <exception cref="ArgumentException">An indicator has two targets.</exception>
    public static List<KpiTarget> OnePerIndicator(IEnumerable<KpiTarget> targets, string paramName)
    {
        ArgumentNullException.ThrowIfNull(targets, paramName);
        List<KpiTarget> list = [.. targets.OrderBy(t => t.Kpi)];
        if (list.GroupBy(t => t.Kpi).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Indicator {twice.Key} has two targets.", paramName);
        }

        return list;
    }
}
