using System.Globalization;
using System.Text.RegularExpressions;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Domain;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Manage;

/// <summary>
/// Reads the optional working days and hours of a coach's line in the launch form: days as English or French names or
/// their first three letters (<c>mon, tue, thu</c> / <c>lun, mar, jeu</c>), hours as <c>09:00-17:30</c> (or <c>9h-17h30</c>).
/// </summary>
public static partial class CoachTimeFields
{
    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday, ["lun"] = DayOfWeek.Monday, ["lundi"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday, ["mar"] = DayOfWeek.Tuesday, ["mardi"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday, ["mer"] = DayOfWeek.Wednesday, ["mercredi"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday, ["jeu"] = DayOfWeek.Thursday, ["jeudi"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday, ["ven"] = DayOfWeek.Friday, ["vendredi"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday, ["sam"] = DayOfWeek.Saturday, ["samedi"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday, ["dim"] = DayOfWeek.Sunday, ["dimanche"] = DayOfWeek.Sunday,
    };

    /// <summary>Reads the working days (empty text: every working day), or explains why not.</summary>
    public static string? WorkingDays(string value, IStringLocalizer<ManagerText> text, out List<DayOfWeek> days)
    {
        days = [];
        foreach (var token in value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Days.TryGetValue(token.TrimEnd('.'), out var day))
            {
                return text["'{0}' is not a day of the week (write mon, tue… or lun, mar…)", token];
            }

            if (!days.Contains(day))
            {
                days.Add(day);
            }
        }

        return null;
    }

    /// <summary>Reads the working hours (empty text: the defaults), or explains why not.</summary>
    public static string? WorkingHours(string value, IStringLocalizer<ManagerText> text, out TimeOnly? start, out TimeOnly? end)
    {
        (start, end) = (null, null);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = Range().Match(value.Trim());
        if (!match.Success || Time(match.Groups[1].Value, match.Groups[2].Value) is not { } from || Time(match.Groups[3].Value, match.Groups[4].Value) is not { } to)
        {
            return text["write the working hours as 09:00-17:30 (“{0}” is not)", value.Trim()];
        }

        if (to <= from || to - from < Workflows.Domain.WorkingHours.Shortest)
        {
            return text["a working day ends at least an hour after it starts ('{0}' does not)", value.Trim()];
        }

        (start, end) = (from, to);
        return null;
    }

    private static TimeOnly? Time(string hours, string minutes) =>
        int.TryParse(hours, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h < 24
        && (minutes.Length == 0 || (int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m < 60))
            ? new TimeOnly(h, minutes.Length == 0 ? 0 : int.Parse(minutes, CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(@"^(\d{1,2})(?:[:h](\d{2})?)?\s*[-–à]\s*(\d{1,2})(?:[:h](\d{2})?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Range();
}
