namespace Cohorts.Workflows.Evaluations;

/// <summary>Mean, lowest, highest and (population) standard deviation of a list of scores, rounded to 2 decimals.</summary>
internal static class RoundStatistics
{
    public static (decimal? Mean, decimal? Lowest, decimal? Highest, decimal? StandardDeviation) Of(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0)
        {
            return (null, null, null, null);
        }

        var mean = values.Average();
        var variance = values.Sum(v => (double)((v - mean) * (v - mean))) / values.Count;
        return (Math.Round(mean, 2), values.Min(), values.Max(), Math.Round((decimal)Math.Sqrt(variance), 2));
    }
}
