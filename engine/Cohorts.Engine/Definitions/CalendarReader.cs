using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Definitions;

/// <summary>Reads a definition's <c>calendar</c> (docs/definition-format.md), listing every problem with its path.</summary>
internal static class CalendarReader
{
    public const string Path = "$.calendar";

    private static readonly string[] Known = ["excludeWeekends", "excludedDays", "holidays", "closures"];
    private static readonly string[] ClosureKnown = ["from", "to", "name"];

    /// <summary>Reads the calendar of a definition document.</summary>
    /// <returns>The calendar, or null when there is none or it has problems (then added to <paramref name="problems"/>).</returns>
    public static BusinessCalendar? Read(JsonObject document, List<DefinitionProblem> problems)
    {
        if (!document.TryGetPropertyValue("calendar", out var node) || node is null)
        {
            return null;
        }

        if (node is not JsonObject json)
        {
            problems.Add(new DefinitionProblem(Path, $"expected a calendar object such as {{ \"excludeWeekends\": true, \"holidays\": \"FR\" }}, found {JsonKinds.Describe(node)}"));
            return null;
        }

        var before = problems.Count;
        foreach (var (key, _) in json.Where(p => !Known.Contains(p.Key)))
        {
            problems.Add(new DefinitionProblem(JsonPath.Property(Path, key), $"unknown property: a calendar has {string.Join(", ", Known)}"));
        }

        var weekends = ReadWeekends(json, problems);
        var days = ReadDays(json, problems);
        if (weekends && json.ContainsKey("excludedDays"))
        {
            problems.Add(new DefinitionProblem($"{Path}.excludedDays", "give either excludeWeekends or excludedDays, not both"));
        }

        var holidays = ReadHolidays(json, problems);
        var closures = ReadClosures(json, problems);
        if (problems.Count > before)
        {
            return null;
        }

        var calendar = BusinessCalendar.TryCreate(weekends ? BusinessCalendar.Weekend : days, holidays, closures, out var problem);
        if (problem is not null)
        {
            problems.Add(new DefinitionProblem(Path, problem));
        }

        return calendar;
    }

    private static bool ReadWeekends(JsonObject json, List<DefinitionProblem> problems)
    {
        if (!json.TryGetPropertyValue("excludeWeekends", out var node))
        {
            return false;
        }

        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        problems.Add(new DefinitionProblem($"{Path}.excludeWeekends", $"expected true or false, found {JsonKinds.Describe(node)}"));
        return false;
    }

    private static List<DayOfWeek> ReadDays(JsonObject json, List<DefinitionProblem> problems)
    {
        const string DaysPath = Path + ".excludedDays";
        var days = new List<DayOfWeek>();
        if (!json.TryGetPropertyValue("excludedDays", out var node) || node is null)
        {
            return days;
        }

        if (node is not JsonArray array)
        {
            problems.Add(new DefinitionProblem(DaysPath, $"expected an array of days such as [\"Saturday\", \"Sunday\"], found {JsonKinds.Describe(node)}"));
            return days;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var name = JsonKinds.TryGetString(array[i], out var text) ? text : null;
            var match = Enum.GetNames<DayOfWeek>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                problems.Add(new DefinitionProblem(JsonPath.Index(DaysPath, i), $"expected a day of the week such as \"Saturday\", found {JsonKinds.Describe(array[i])}"));
                continue;
            }

            days.Add(Enum.Parse<DayOfWeek>(match));
        }

        return days;
    }

    private static IHolidayCalendar? ReadHolidays(JsonObject json, List<DefinitionProblem> problems)
    {
        const string HolidaysPath = Path + ".holidays";
        if (!json.TryGetPropertyValue("holidays", out var node) || node is null)
        {
            return null;
        }

        if (!JsonKinds.TryGetString(node, out var name))
        {
            problems.Add(new DefinitionProblem(HolidaysPath, $"expected the name of a holiday set ({HolidayCalendars.Names}), found {JsonKinds.Describe(node)}"));
            return null;
        }

        var holidays = HolidayCalendars.Find(name);
        if (holidays is null)
        {
            problems.Add(new DefinitionProblem(HolidaysPath, $"unknown holiday set '{name}': known sets are {HolidayCalendars.Names}"));
        }

        return holidays;
    }

    private static List<ClosurePeriod> ReadClosures(JsonObject json, List<DefinitionProblem> problems)
    {
        const string ClosuresPath = Path + ".closures";
        var closures = new List<ClosurePeriod>();
        if (!json.TryGetPropertyValue("closures", out var node) || node is null)
        {
            return closures;
        }

        if (node is not JsonArray array)
        {
            problems.Add(new DefinitionProblem(ClosuresPath, $"expected an array of closures such as [{{ \"from\": \"08-01\", \"to\": \"08-31\" }}], found {JsonKinds.Describe(node)}"));
            return closures;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (ReadClosure(array[i], JsonPath.Index(ClosuresPath, i), problems) is { } closure)
            {
                closures.Add(closure);
            }
        }

        return closures;
    }

    private static ClosurePeriod? ReadClosure(JsonNode? node, string path, List<DefinitionProblem> problems)
    {
        if (node is not JsonObject json)
        {
            problems.Add(new DefinitionProblem(path, $"expected a closure object such as {{ \"from\": \"08-01\", \"to\": \"08-31\", \"name\": \"Summer closure\" }}, found {JsonKinds.Describe(node)}"));
            return null;
        }

        var before = problems.Count;
        foreach (var (key, _) in json.Where(p => !ClosureKnown.Contains(p.Key)))
        {
            problems.Add(new DefinitionProblem(JsonPath.Property(path, key), $"unknown property: a closure has {string.Join(", ", ClosureKnown)}"));
        }

        var from = ReadDay(json, "from", path, problems);
        var to = ReadDay(json, "to", path, problems);
        string? name = null;
        if (json.TryGetPropertyValue("name", out var nameNode) && nameNode is not null && !JsonKinds.TryGetString(nameNode, out name))
        {
            problems.Add(new DefinitionProblem($"{path}.name", $"expected a string, found {JsonKinds.Describe(nameNode)}"));
        }

        switch (from, to)
        {
            case (MonthDay first, MonthDay last) when problems.Count == before:
                return new AnnualClosure(first, last, name);
            case (DateOnly first, DateOnly last) when last < first:
                problems.Add(new DefinitionProblem($"{path}.to", string.Create(CultureInfo.InvariantCulture, $"must not be before from ({first:yyyy-MM-dd})")));
                return null;
            case (DateOnly first, DateOnly last) when problems.Count == before:
                return new DateRangeClosure(first, last, name);
            case (MonthDay, DateOnly):
                problems.Add(new DefinitionProblem($"{path}.to", "expected a month-day such as \"08-31\", as from is one: give both as month-days (every year) or both as dates (once)"));
                return null;
            case (DateOnly, MonthDay):
                problems.Add(new DefinitionProblem($"{path}.to", "expected a date such as \"2026-01-02\", as from is one: give both as month-days (every year) or both as dates (once)"));
                return null;
            default:
                return null;
        }
    }

    private static object? ReadDay(JsonObject json, string key, string path, List<DefinitionProblem> problems)
    {
        var at = $"{path}.{key}";
        if (!json.TryGetPropertyValue(key, out var node))
        {
            problems.Add(new DefinitionProblem(at, "missing: a closure needs from and to"));
            return null;
        }

        if (JsonKinds.TryGetString(node, out var text))
        {
            if (MonthDay.TryParse(text, out var monthDay))
            {
                return monthDay;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        problems.Add(new DefinitionProblem(at, $"expected a month-day such as \"08-01\" (every year) or a date such as \"2025-12-24\" (once), found {JsonKinds.Describe(node)}"));
        return null;
    }
}
