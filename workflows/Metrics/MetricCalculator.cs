using Cohorts.Workflows.Kpis;

namespace Cohorts.Workflows.Metrics;

/// <summary>
/// Computes a metric of a cohort from its answers (docs/domain.md, "Metrics"). Nothing is stored: the value is the
/// answers' at the clock's now.
/// </summary>
/// <remarks>
/// <para>The baseline is the cohort's value at its start, shown as the start (never subtracted): before any answer the
/// value is the baseline (none without one); <c>sum</c> adds every answer to it (jobs created each month, on top of
/// the baseline); <c>latest</c> is the sum over companies of each company's latest answer, and <c>average</c> their
/// mean, which replace the baseline once a company answers.</para>
/// <para>The forecast is the indicators' (<see cref="ProgressCalculator"/>): a value that grows with time is projected
/// linearly at its rate so far, from its start (the baseline, else 0 for a sum) to now, over the cohort's whole
/// window: start + (value − start) ÷ elapsed share. A <c>latest</c> or <c>average</c> without a baseline has no start
/// to measure a rate from, and is expected to stay where it is, as companies enrolled. After the cohort's end, the
/// forecast is the value. The status follows the indicators' rule: met when the value reaches the target, missed
/// once the cohort ended short of it, else on track when the forecast reaches it, at risk when not.</para>
/// </remarks>
public static class MetricCalculator
{
    /// <summary>Computes the metric of a cohort running in <paramref name="window"/> at <paramref name="now"/>.</summary>
    internal static MetricProgress Compute(MetricDefinition metric, IReadOnlyList<MetricObservation> observations, int ignored, decimal? target, CohortWindow window, DateTimeOffset now)
    {
        var value = ValueAt(metric, observations, now);
        var elapsed = window.ElapsedShare(now);
        var ended = elapsed >= 1m;
        decimal? start = metric.Baseline ?? (metric.Aggregation == MetricAggregation.Sum ? 0m : null);
        var tooEarly = !ended && start is not null && elapsed < ProgressCalculator.MinimumElapsedToForecast;
        decimal? forecast = value is not { } current ? null
            : tooEarly ? null
            : ended || elapsed == 0m || start is null ? current
            : Round2(start.Value + ((current - start.Value) / elapsed));
        decimal? percent = target is not { } t || value is not { } v ? null : t == 0m ? 100m : ProgressCalculator.Round1(100m * v / t);
        var status = target is not { } goal ? KpiStatus.NoTarget
            : value is not { } reached ? KpiStatus.NoData
            : reached >= goal ? KpiStatus.Met
            : ended ? KpiStatus.Missed
            : tooEarly ? KpiStatus.TooEarly
            : forecast >= goal ? KpiStatus.OnTrack
            : KpiStatus.AtRisk;
        DateOnly? reach = status is KpiStatus.OnTrack or KpiStatus.AtRisk && start is { } from && value > from && elapsed > 0m
            ? window.DateAt(elapsed * (target!.Value - from) / (value!.Value - from))
            : null;
        var counted = observations.Where(o => o.At <= now).ToList();
        return new MetricProgress(
            metric,
            value,
            target,
            percent,
            forecast,
            status,
            reach,
            counted.Count,
            counted.Select(o => o.Respondent).Distinct(StringComparer.Ordinal).Count(),
            ignored,
            Months(metric, observations, window, now));
    }

    /// <summary>Gets the value of a metric from the answers given by <paramref name="at"/>: the baseline before any.</summary>
    public static decimal? ValueAt(MetricDefinition metric, IEnumerable<MetricObservation> observations, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(observations);
        var given = observations.Where(o => o.At <= at).ToList();
        if (given.Count == 0)
        {
            return metric.Baseline;
        }

        if (metric.Aggregation == MetricAggregation.Sum)
        {
            return (metric.Baseline ?? 0m) + given.Sum(o => o.Value);
        }

        var latest = given
            .GroupBy(o => o.Respondent, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(o => o.At).ThenByDescending(o => o.Order).First().Value)
            .ToList();
        return metric.Aggregation == MetricAggregation.Latest ? latest.Sum() : Round2(latest.Average());
    }

    private static List<MetricMonth> Months(MetricDefinition metric, IReadOnlyList<MetricObservation> observations, CohortWindow window, DateTimeOffset now)
    {
        var months = new List<MetricMonth>();
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(window.Start, window.Zone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(window.End.AddTicks(-1), window.Zone).DateTime);
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            var begins = Midnight(month, window.Zone);
            var ends = Midnight(month.AddMonths(1), window.Zone);
            var at = ends < now ? ends : now;
            months.Add(new MetricMonth(month, begins > now ? null : ValueAt(metric, observations, at < window.End ? at : window.End)));
        }

        return months;
    }

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
