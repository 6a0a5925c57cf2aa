using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Services;

/// <summary>
/// Checks a programme's settings field by field (every problem by its JSON path: <c>coFunders[1].share</c>,
/// <c>targets.SessionsHeld</c>, <c>calendar.closures[0].from</c>), within <see cref="ProgrammeLimits"/>. The calendar's
/// own rules (dates, holiday sets, a calendar with no working day) are the definition reader's, checked by
/// <see cref="ProgrammeAuthoring"/> on the documents it is written into.
/// </summary>
internal static class ProgrammeSettingsValidator
{
    /// <summary>Checks the settings, adding each problem; returns them checked when there is none.</summary>
    public static ValidProgrammeSettings? Check(ProgrammeSettings settings, Problems problems)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var before = problems.Count;
        problems.Required("name", settings.Name, "The name");
        problems.Text("name", settings.Name?.Trim(), InputLimits.MaxNameLength);
        problems.Text("description.fr", settings.Description?.Fr?.Trim(), ProgrammeLimits.MaxDescriptionLength);
        problems.Text("description.en", settings.Description?.En?.Trim(), ProgrammeLimits.MaxDescriptionLength);
        Duration(settings.DurationMonths, problems);
        Zone(settings.TimeZone, problems);
        var calendar = Calendar(settings.Calendar, problems);
        var targets = Targets(settings.Targets, problems);
        if (settings.Budget is { } budget && (budget < 0 || budget > ProgrammeLimits.MaxBudget))
        {
            problems.Add("budget", LimitMessages.NumberOutOfRange(0, ProgrammeLimits.MaxBudget, budget));
        }
        else if (settings.Budget is { } amount && decimal.Round(amount, ProgrammeLimits.BudgetDecimals) != amount)
        {
            problems.Add("budget", $"A budget has at most {ProgrammeLimits.BudgetDecimals} decimal places, not {amount.ToString(CultureInfo.InvariantCulture)}.");
        }

        var currency = settings.Currency?.Trim() is { Length: > 0 } given ? given : Programme.DefaultCurrency;
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            problems.Add("currency", $"The currency is an ISO 4217 code of three capital letters (EUR), not '{currency}'.");
        }

        var coFunders = CoFunders(settings.CoFunders, problems);
        var sessionLength = Length("sessionLength", settings.SessionLength, problems, required: true);
        if (sessionLength is { } length && (length < ProgrammeLimits.MinSessionLength || length > ProgrammeLimits.MaxSessionLength))
        {
            problems.Add("sessionLength", "A coaching session lasts from a quarter of an hour to eight hours.");
        }

        var hours = Length("hoursPerCompany", settings.HoursPerCompany, problems, required: false);
        if (hours is { } h && (h < TimeSpan.Zero || h > TimeSpan.FromHours(ProgrammeLimits.MaxHoursPerCompany)))
        {
            problems.Add("hoursPerCompany", $"At most {ProgrammeLimits.MaxHoursPerCompany} hours a company.");
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new ValidProgrammeSettings(
            settings.Name!.Trim(),
            settings.Description?.Fr?.Trim() ?? string.Empty,
            settings.Description?.En?.Trim() ?? string.Empty,
            settings.DurationMonths!.Value,
            settings.TimeZone!.Trim(),
            calendar!,
            targets,
            settings.Budget,
            currency,
            coFunders,
            sessionLength!.Value,
            hours);
    }

    /// <summary>Checks a cohort's duration in months (required).</summary>
    public static void Duration(int? months, Problems problems)
    {
        if (months is null)
        {
            problems.Add("durationMonths", "The duration of a cohort, in months, is required.");
        }
        else
        {
            problems.Range("durationMonths", months.Value, 1, ProgrammeLimits.MaxDurationMonths);
        }
    }

    /// <summary>Checks a time zone (required, an IANA id).</summary>
    public static void Zone(string? zone, Problems problems)
    {
        if (string.IsNullOrWhiteSpace(zone))
        {
            problems.Add("timeZone", "The time zone is required (an IANA id such as Europe/Paris).");
        }
        else if (zone.Length > InputLimits.MaxShortTextLength || ZonedTime.FindZone(zone.Trim()) is null)
        {
            problems.Add("timeZone", $"'{zone}' is not a known time zone (an IANA id such as Europe/Paris).");
        }
    }

    /// <summary>Checks targets keyed by indicator name; answers them by indicator.</summary>
    public static List<KpiTarget> Targets(IReadOnlyDictionary<string, decimal>? targets, Problems problems, string field = "targets")
    {
        List<KpiTarget> checkedTargets = [];
        if (targets is null || !problems.MaxCount(field, targets.Count, Enum.GetValues<KpiKind>().Length))
        {
            return checkedTargets;
        }

        foreach (var (name, value) in targets)
        {
            var path = $"{field}.{name}";
            if (!Enum.TryParse<KpiKind>(name, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || name.Any(char.IsDigit))
            {
                problems.Add(path, $"'{name}' is not an indicator; the indicators are {string.Join(", ", Enum.GetNames<KpiKind>())}.");
            }
            else if (value < 1 || value > (kind == KpiKind.AttendanceRate ? 100 : ProgrammeLimits.MaxTarget))
            {
                // A target of nothing would be met from the first day: at least 1 (a count, or a rate in per cent).
                problems.Add(path, LimitMessages.NumberOutOfRange(1, kind == KpiKind.AttendanceRate ? 100 : ProgrammeLimits.MaxTarget, value));
            }
            else if (kind != KpiKind.AttendanceRate && value != decimal.Truncate(value))
            {
                problems.Add(path, $"'{name}' counts whole things: its target is a whole number.");
            }
            else
            {
                checkedTargets.Add(new KpiTarget(kind, value));
            }
        }

        return checkedTargets;
    }

    private static JsonObject? Calendar(CalendarSettings? calendar, Problems problems)
    {
        if (calendar is null)
        {
            problems.Add("calendar", "The calendar is required: weekends off or not, a holiday set, closures.");
            return null;
        }

        var json = new JsonObject();
        if (calendar.ExcludeWeekends)
        {
            json["excludeWeekends"] = true;
        }

        if (!string.IsNullOrWhiteSpace(calendar.Holidays))
        {
            json["holidays"] = calendar.Holidays.Trim();
        }

        var closures = calendar.Closures ?? [];
        if (closures.Count > 0 && problems.MaxCount("calendar.closures", closures.Count, ProgrammeLimits.MaxClosures))
        {
            var array = new JsonArray();
            for (var i = 0; i < closures.Count; i++)
            {
                var closure = closures[i];
                var path = $"calendar.closures[{i}]";
                if (closure is null)
                {
                    problems.Add(path, "A closure has a first and a last day.");
                    continue;
                }

                problems.Required($"{path}.from", closure.From, "The first day");
                problems.Required($"{path}.to", closure.To, "The last day");
                problems.Text($"{path}.from", closure.From, 10);
                problems.Text($"{path}.to", closure.To, 10);
                problems.Text($"{path}.name", closure.Name?.Trim(), InputLimits.MaxShortTextLength);
                var item = new JsonObject { ["from"] = closure.From?.Trim(), ["to"] = closure.To?.Trim() };
                if (!string.IsNullOrWhiteSpace(closure.Name))
                {
                    item["name"] = closure.Name.Trim();
                }

                array.Add(item);
            }

            json["closures"] = array;
        }

        return json;
    }

    private static List<CoFunder> CoFunders(IReadOnlyList<CoFunderSettings>? coFunders, Problems problems)
    {
        List<CoFunder> list = [];
        if (coFunders is null || !problems.MaxCount("coFunders", coFunders.Count, ProgrammeLimits.MaxCoFunders))
        {
            return list;
        }

        var valid = true;
        for (var i = 0; i < coFunders.Count; i++)
        {
            var path = $"coFunders[{i}]";
            var funder = coFunders[i];
            if (funder is null)
            {
                problems.Add(path, "A co-funder has a name and a share.");
                valid = false;
                continue;
            }

            var before = problems.Count;
            problems.Required($"{path}.name", funder.Name, "The co-funder's name");
            problems.Text($"{path}.name", funder.Name?.Trim(), InputLimits.MaxNameLength);
            if (funder.Share is <= 0 or > 1)
            {
                problems.Add($"{path}.share", $"A share is a fraction above 0 and at most 1 (0.5 for 50%), not {funder.Share.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (list.Any(f => string.Equals(f.Name, funder.Name?.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{path}.name", $"Co-funder '{funder.Name?.Trim()}' is named twice.");
            }

            if (problems.Count > before)
            {
                valid = false;
                continue;
            }

            list.Add(new CoFunder(funder.Name!, funder.Share));
        }

        if (valid && list.Sum(f => f.Share) > 1)
        {
            problems.Add("coFunders", $"The co-funders' shares add up to at most 1 (100%), not {list.Sum(f => f.Share).ToString(CultureInfo.InvariantCulture)}.");
        }

        return list;
    }

    private static TimeSpan? Length(string field, string? value, Problems problems, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(field, "A duration is required (ISO 8601, such as PT1H30M).");
            }

            return null;
        }

        try
        {
            return value.Length <= 40 ? XmlConvert.ToTimeSpan(value.Trim()) : throw new FormatException();
        }
        catch (FormatException)
        {
            problems.Add(field, $"'{(value.Length <= 40 ? value : value[..40] + "…")}' is not an ISO 8601 duration (such as PT1H30M).");
            return null;
        }
        catch (OverflowException)
        {
            problems.Add(field, $"'{value}' is too long a duration.");
            return null;
        }
    }
}
