using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Definitions;

/// <summary>Writes a definition's <c>calendar</c> as <see cref="CalendarReader"/> reads it, leaving out defaults.</summary>
internal static class CalendarWriter
{
    public static JsonObject Write(BusinessCalendar calendar)
    {
        var json = new JsonObject();
        if (calendar.ExcludesWeekends)
        {
            json["excludeWeekends"] = true;
        }
        else if (calendar.ExcludedDays.Count > 0)
        {
            // Monday first, as ISO 8601 and French calendars count the week.
            json["excludedDays"] = new JsonArray([.. calendar.ExcludedDays.OrderBy(d => ((int)d + 6) % 7).Select(d => (JsonNode)d.ToString())]);
        }

        if (calendar.Holidays is not null)
        {
            json["holidays"] = calendar.Holidays.Name;
        }

        if (calendar.Closures.Count > 0)
        {
            json["closures"] = new JsonArray([.. calendar.Closures.Select(Write)]);
        }

        return json;
    }

    private static JsonNode Write(ClosurePeriod closure)
    {
        var (from, to) = closure switch
        {
            AnnualClosure annual => (annual.From.ToString(), annual.To.ToString()),
            DateRangeClosure range => (Date(range.From), Date(range.To)),
            _ => throw new NotSupportedException($"Unknown closure period {closure.GetType()}."),
        };
        var json = new JsonObject { ["from"] = from, ["to"] = to };
        if (closure.Name is not null)
        {
            json["name"] = closure.Name;
        }

        return json;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
