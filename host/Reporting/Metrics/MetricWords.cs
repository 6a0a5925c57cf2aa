using Cohorts.Workflows.Metrics;

namespace Cohorts.Host.Reporting.Metrics;

/// <summary>The English keys (<c>MetricText</c>) of the metrics' words.</summary>
public static class MetricWords
{
    /// <summary>Gets an aggregation's name.</summary>
    public static string Aggregation(MetricAggregation aggregation) => aggregation switch
    {
        MetricAggregation.Sum => "total",
        MetricAggregation.Latest => "latest values",
        _ => "average",
    };
}
