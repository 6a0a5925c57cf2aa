using System.Globalization;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Text;

namespace Cohorts.Host.Reporting.Metrics;

/// <summary>A metric's values as a person reads them: "1 250 €" for an amount, "16 jobs" for a number with its unit.</summary>
public static class MetricFormat
{
    /// <summary>Writes a value of <paramref name="metric"/> (an em dash for none).</summary>
    public static string Value(HumanText human, MetricDefinition metric, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(human);
        ArgumentNullException.ThrowIfNull(metric);
        if (value is not { } number)
        {
            return "—";
        }

        if (metric.Currency is { } currency)
        {
            return human.Money(number, currency);
        }

        var text = number.ToString("#,0.##", human.Culture);
        return metric.Unit is { } unit ? $"{text}\u00A0{unit}" : text;
    }

    /// <summary>Numbers and dates in the request's culture and the programme's time zone.</summary>
    public static HumanText Human(Programme programme, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new HumanText(CultureInfo.CurrentUICulture, clock, TimeZoneInfo.FindSystemTimeZoneById(programme.TimeZoneId));
    }
}
