using System.Globalization;
using System.Reflection;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Time;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Diagrams;

/// <summary>
/// Says an activity's schedule in words, in the reader's language: "every month, 12 times, from the cohort's first day
/// at 10:00" / « tous les mois, 12 fois, à partir du premier jour de la promotion à 10 h », "waits 3 days",
/// "due: 6 months after the cohort's first day, at 10:00". It reads the settings by their names (<c>every</c>,
/// <c>count</c>, <c>from</c>, <c>at</c>, <c>offset</c>, <c>until</c>, <c>duration</c>, <c>planAhead</c>), so an activity type a
/// host adds with the same settings is described too. Durations, counts and dates go through <see cref="HumanText"/>.
/// </summary>
public sealed class ScheduleWords(IStringLocalizer<DefinitionText> text, HumanText human)
{
    /// <summary>
    /// The local times of the anchors the cohort launcher gives every instance (workflows/Services/CohortInput: a
    /// cohort's first day at 09:00, its last day at 18:00), so that an offset's hours read as a time of day.
    /// </summary>
    private static readonly Dictionary<string, TimeSpan> AnchorTimes = new(StringComparer.Ordinal)
    {
        ["cohortStart"] = new(9, 0, 0),
        ["cohortEnd"] = new(18, 0, 0),
    };

    private bool IsFrench => human.Culture.TwoLetterISOLanguageName == "fr";

    /// <summary>Describes the activity's schedule, or null when it has none.</summary>
    public string? Describe(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var every = Setting<IsoDuration?>(activity, "Every");
        var count = Setting<int?>(activity, "Count");
        if (every is not null || (count is not null && activity is not ForEach))
        {
            return Recurring(activity, every, count);
        }

        if (Setting<IsoDuration?>(activity, "Duration") is { } duration)
        {
            return text["waits {0}", human.Duration(duration)];
        }

        var at = Setting<string>(activity, "At");
        var offset = Setting<IsoDuration?>(activity, "Offset");
        if (at is null || (at == "plannedAt" && offset is null))
        {
            return null;
        }

        var when = Instant(at, offset);
        return activity is WaitUntil ? Contract(text["waits until {0}", when]) : text["due: {0}", when];
    }

    private string Recurring(Activity activity, IsoDuration? every, int? count)
    {
        List<string> parts = [];
        if (every is { } period)
        {
            parts.Add(Every(period));
        }

        if (count is { } times)
        {
            parts.Add(times == 1 ? text["once"] : text["{0} times", times.ToString("N0", human.Culture)]);
        }

        var from = Setting<string>(activity, "From");
        var offset = Setting<IsoDuration?>(activity, "Offset");
        if (from is not null || offset is not null)
        {
            parts.Add(Contract(text["from {0}", from is null ? text["{0} after it starts", human.Duration(offset!.Value)] : Instant(from, offset)]));
        }

        if (Setting<string>(activity, "Until") is { } until)
        {
            parts.Add(text["the last one by {0}", Instant(until, null)]);
        }

        if (Setting<IsoDuration?>(activity, "PlanAhead") is { } ahead)
        {
            parts.Add(text["each planned {0} ahead", human.Duration(ahead)]);
        }

        return string.Join(", ", parts);
    }

    private string Every(IsoDuration period) => period switch
    {
        { Years: 0, Months: 1, Weeks: 0, Days: 0 } when period.Time == TimeSpan.Zero => text["every month"],
        { Years: 0, Months: 0, Weeks: 1, Days: 0 } when period.Time == TimeSpan.Zero => text["every week"],
        { Years: 0, Months: 0, Weeks: 0, Days: 1 } when period.Time == TimeSpan.Zero => text["every day"],
        { Years: 1, Months: 0, Weeks: 0, Days: 0 } when period.Time == TimeSpan.Zero => text["every year"],
        { Years: 0, Months: 0, Days: 0 } when period.Weeks > 1 && period.Time == TimeSpan.Zero => text["every {0} weeks", period.Weeks],
        _ => text["every {0}", human.Duration(period)],
    };

    /// <summary>An instant: an anchor (a variable or a date) plus an offset, with its time of day when it is known.</summary>
    private string Instant(string anchor, IsoDuration? offset)
    {
        var shift = offset ?? IsoDuration.Zero;
        var anchorTime = AnchorTimes.TryGetValue(anchor, out var known) ? known : (TimeSpan?)null;
        if (anchorTime is null && DateValues.TryParse(anchor, TimeZoneInfo.Utc, out var date) && anchor.Contains('T', StringComparison.Ordinal))
        {
            anchorTime = date.TimeOfDay;
        }

        string? timeOfDay = null;
        if (anchorTime is { } start)
        {
            // The offset's hours move the time of day: 09:00 + PT1H reads "at 10:00"; whole days carry to the date part.
            var time = start + shift.Time;
            shift = new IsoDuration(shift.Years, shift.Months, shift.Weeks, shift.Days + time.Days);
            timeOfDay = human.Time(new TimeOnly(time.Hours, time.Minutes));
        }

        var place = Anchor(anchor);
        var phrase = shift.IsZero ? place : text["{0} after {1}", human.Duration(shift), place].Value;
        return timeOfDay is null ? phrase : text["{0} at {1}", phrase, timeOfDay];
    }

    private string Anchor(string anchor)
    {
        switch (anchor)
        {
            case "cohortStart":
                return text["the cohort's first day"];
            case "cohortEnd":
                return text["the cohort's last day"];
            case "plannedAt":
                return text["the planned time"];
            case "joinedAt":
                return text["the day the company joined"];
        }

        if (DateValues.TryParse(anchor, TimeZoneInfo.Utc, out var date))
        {
            var day = human.Date(DateOnly.FromDateTime(date.DateTime));
            return IsFrench ? $"le {day}" : day;
        }

        return text["the date in {0}", anchor];
    }

    /// <summary>French contractions once a phrase is filled in: « de le » is « du », « à le » is « au ».</summary>
    private string Contract(string phrase) => IsFrench
        ? phrase.Replace("de le ", "du ", StringComparison.Ordinal).Replace("à le ", "au ", StringComparison.Ordinal)
        : phrase;

    private static T? Setting<T>(Activity activity, string name)
    {
        var property = activity.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        return property is not null && property.GetValue(activity) is T value ? value : default;
    }
}
