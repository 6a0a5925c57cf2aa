using System.Globalization;
using System.Xml;
using Cohorts.Host.Web;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// Turns the edit page's form into <see cref="ProgrammeSettings"/> and back, and a refusal's JSON path
/// (<c>coFunders[1].share</c>) into the form field it is shown next to.
/// </summary>
public static class ProgrammeFormMapping
{
    /// <summary>Fills the form from the programme's settings.</summary>
    public static ProgrammeForm ToForm(ProgrammeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var culture = CultureInfo.CurrentCulture;
        return new ProgrammeForm
        {
            Name = settings.Name,
            DescriptionFr = settings.Description?.Fr,
            DescriptionEn = settings.Description?.En,
            DurationMonths = settings.DurationMonths?.ToString(CultureInfo.InvariantCulture),
            TimeZone = settings.TimeZone,
            ExcludeWeekends = settings.Calendar?.ExcludeWeekends ?? false,
            Holidays = settings.Calendar?.Holidays,
            Closures = string.Join("\n", (settings.Calendar?.Closures ?? []).Select(c => string.IsNullOrEmpty(c.Name) ? $"{c.From}; {c.To}" : $"{c.From}; {c.To}; {c.Name}")),
            Targets = (settings.Targets ?? new Dictionary<string, decimal>()).ToDictionary(t => t.Key, t => (string?)t.Value.ToString("0.##", culture)),
            Budget = settings.Budget?.ToString("0.##", culture),
            Currency = settings.Currency,
            CoFunders = string.Join("\n", (settings.CoFunders ?? []).Select(f => $"{f.Name}; {(f.Share * 100).ToString("0.##", culture)}%")),
            SessionMinutes = settings.SessionLength is { } length ? ((int)XmlConvert.ToTimeSpan(length).TotalMinutes).ToString(CultureInfo.InvariantCulture) : null,
            HoursPerCompany = settings.HoursPerCompany is { } hours ? XmlConvert.ToTimeSpan(hours).TotalHours.ToString("0.##", culture) : null,
        };
    }

    /// <summary>Reads the form; what cannot be read is added to <paramref name="errors"/> by form field, with <paramref name="say"/>'s words.</summary>
    public static ProgrammeSettings ToSettings(ProgrammeForm form, Dictionary<string, string> errors, Func<string, string> say)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(say);
        int? months = null;
        if (!string.IsNullOrWhiteSpace(form.DurationMonths))
        {
            months = TypedNumbers.ReadWhole(form.DurationMonths) is { } m ? m : Fail<int?>(errors, nameof(form.DurationMonths), say("A whole number of months."));
        }

        var closures = new List<ClosureSettings>();
        foreach (var line in Lines(form.Closures))
        {
            var parts = line.Split(';', 3, StringSplitOptions.TrimEntries);
            if (parts.Length < 2)
            {
                errors.TryAdd(nameof(form.Closures), say("Each line: first day; last day; name (08-01 every year, 2027-04-14 once)."));
                continue;
            }

            closures.Add(new ClosureSettings(parts[0], parts[1], parts.Length > 2 ? parts[2] : null));
        }

        var targets = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (kind, text) in form.Targets)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (TypedNumbers.Read(text) is { } value)
            {
                targets[kind] = value;
            }
            else
            {
                errors.TryAdd($"{nameof(form.Targets)}[{kind}]", say("A number, or nothing for no target."));
            }
        }

        decimal? budget = null;
        if (!string.IsNullOrWhiteSpace(form.Budget))
        {
            budget = TypedNumbers.Read(form.Budget) ?? Fail<decimal?>(errors, nameof(form.Budget), say("An amount, or nothing when unknown."));
        }

        var coFunders = new List<CoFunderSettings>();
        foreach (var line in Lines(form.CoFunders))
        {
            var parts = line.Split(';', 2, StringSplitOptions.TrimEntries);
            var share = parts.Length == 2 ? TypedShares.Read(parts[1]) : null;
            if (share is null)
            {
                errors.TryAdd(nameof(form.CoFunders), say("Each line: name; share (50% or 0.5)."));
                continue;
            }

            coFunders.Add(new CoFunderSettings(parts[0], share.Value));
        }

        string? sessionLength = null;
        if (!string.IsNullOrWhiteSpace(form.SessionMinutes))
        {
            sessionLength = TypedNumbers.ReadWhole(form.SessionMinutes) is { } minutes && minutes is > 0 and < 100_000
                ? XmlConvert.ToString(TimeSpan.FromMinutes(minutes))
                : Fail<string?>(errors, nameof(form.SessionMinutes), say("A whole number of minutes, from 15 to 480."));
        }

        string? hoursPerCompany = null;
        if (!string.IsNullOrWhiteSpace(form.HoursPerCompany))
        {
            hoursPerCompany = TypedNumbers.Read(form.HoursPerCompany) is { } hours && hours is >= 0 and < 100_000
                ? XmlConvert.ToString(TimeSpan.FromHours((double)hours))
                : Fail<string?>(errors, nameof(form.HoursPerCompany), say("A number of hours, or nothing."));
        }

        return new ProgrammeSettings(
            form.Name,
            new DescriptionSettings(form.DescriptionFr, form.DescriptionEn),
            months,
            form.TimeZone,
            new CalendarSettings(form.ExcludeWeekends, form.Holidays, closures),
            targets,
            budget,
            form.Currency,
            coFunders,
            sessionLength,
            hoursPerCompany);
    }

    /// <summary>The form field a refusal's JSON path is shown next to.</summary>
    public static string FieldOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path switch
        {
            "name" => nameof(ProgrammeForm.Name),
            "description.fr" => nameof(ProgrammeForm.DescriptionFr),
            "description.en" => nameof(ProgrammeForm.DescriptionEn),
            "durationMonths" => nameof(ProgrammeForm.DurationMonths),
            "timeZone" => nameof(ProgrammeForm.TimeZone),
            "calendar.holidays" => nameof(ProgrammeForm.Holidays),
            "budget" => nameof(ProgrammeForm.Budget),
            "currency" => nameof(ProgrammeForm.Currency),
            "sessionLength" => nameof(ProgrammeForm.SessionMinutes),
            "hoursPerCompany" => nameof(ProgrammeForm.HoursPerCompany),
            _ when path.StartsWith("targets.", StringComparison.Ordinal) => $"{nameof(ProgrammeForm.Targets)}[{path["targets.".Length..]}]",
            _ when path.StartsWith("coFunders", StringComparison.Ordinal) => nameof(ProgrammeForm.CoFunders),
            _ when path.StartsWith("calendar", StringComparison.Ordinal) => nameof(ProgrammeForm.Closures),
            _ => string.Empty,
        };
    }

    /// <summary>The indicators a programme may set targets for, in order.</summary>
    public static IReadOnlyList<KpiKind> Indicators { get; } = Enum.GetValues<KpiKind>();

    private static T Fail<T>(Dictionary<string, string> errors, string field, string message)
    {
        errors.TryAdd(field, message);
        return default!;
    }

    private static string[] Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
