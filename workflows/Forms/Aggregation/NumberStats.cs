namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>The spread of the numbers answered to a scale, number or amount question.</summary>
/// <param name="Count">How many numbers.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="Median">Their median (the mean of the two middle ones for an even count).</param>
/// <param name="Min">The smallest.</param>
/// <param name="Max">The largest.</param>
/// <param name="StandardDeviation">Their population standard deviation.</param>
public sealed record NumberStats(int Count, double Mean, double Median, double Min, double Max, double StandardDeviation)
{
    /// <summary>Computes the statistics of <paramref name="values"/> (sorted in place), or null when there are none.</summary>
    public static NumberStats? Of(List<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        double sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        var mean = sum / values.Count;
        double squares = 0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        var middle = values.Count / 2;
        var median = values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return new NumberStats(values.Count, mean, median, values[0], values[^1], Math.Sqrt(squares / values.Count));
    }
}
