namespace Cohorts.Workflows.Metrics;

/// <summary>The JSON names of <see cref="MetricAggregation"/>: <c>sum</c>, <c>latest</c>, <c>average</c>.</summary>
public static class MetricAggregations
{
    /// <summary>Gets every aggregation's JSON name, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<MetricAggregation>().Select(NameOf)];

    /// <summary>Gets an aggregation's JSON name.</summary>
    public static string NameOf(MetricAggregation aggregation) => aggregation.ToString().ToLowerInvariant();

    /// <summary>Finds an aggregation by its JSON name (exactly).</summary>
    public static bool TryParse(string? name, out MetricAggregation aggregation)
    {
        foreach (var candidate in Enum.GetValues<MetricAggregation>())
        {
            if (string.Equals(NameOf(candidate), name, StringComparison.Ordinal))
            {
                aggregation = candidate;
                return true;
            }
        }

        aggregation = default;
        return false;
    }
}
