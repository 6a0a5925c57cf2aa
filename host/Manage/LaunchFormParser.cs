using System.Globalization;
using System.Text.RegularExpressions;
using Cohorts.Host.Localization;
using Cohorts.Host.Web;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Manage;

/// <summary>
/// Reads the cohort launch form (<see cref="LaunchForm"/>) into a <see cref="CohortPlan"/>, listing every problem with
/// the line it is on ("Companies, line 3: the headcount must be a whole number"), in the reader's language.
/// </summary>
public static partial class LaunchFormParser
{
    /// <summary>Reads the form for a programme.</summary>
    public static LaunchFormResult Parse(LaunchForm form, Programme programme, IStringLocalizer<ManagerText> text)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            errors.Add(new(nameof(LaunchForm.Name), text["Give the cohort a name."]));
        }

        if (form.StartDate is null)
        {
            errors.Add(new(nameof(LaunchForm.StartDate), text["Give the cohort's first day."]));
        }

        // Out of range, a date would make the default last day or the workflows' times fail: refused here, by field.
        foreach (var (field, date) in new[] { (nameof(LaunchForm.StartDate), form.StartDate), (nameof(LaunchForm.EndDate), form.EndDate) })
        {
            if (date is { } day && !InputLimits.IsWithinRange(day))
            {
                errors.Add(new(field, LimitText.Localize(LimitMessages.DateOutOfRange(day), text)));
            }
        }

        var companies = new List<CompanyApplication>();
        var companyLines = new List<int>();
        foreach (var (line, fields) in Lines(form.Companies))
        {
            var problem = Company(fields, text, out var company);
            if (problem is null)
            {
                companies.Add(company!);
                companyLines.Add(line);
            }
            else
            {
                errors.Add(new(nameof(LaunchForm.Companies), AtLine(text, "Companies, line {0}: {1}", line, problem)));
            }
        }

        if (companies.Count == 0 && !CohortPlanValidator.RunsEvents(programme) && !errors.Any(e => e.Key == nameof(LaunchForm.Companies)))
        {
            errors.Add(new(nameof(LaunchForm.Companies), text["List at least one company, one per line."]));
        }

        var coaches = new List<CoachProfile>();
        var coachLines = new List<int>();
        foreach (var (line, fields) in Lines(form.Coaches))
        {
            var problem = Coach(fields, text, out var coach);
            if (problem is null)
            {
                coaches.Add(coach!);
                coachLines.Add(line);
            }
            else
            {
                errors.Add(new(nameof(LaunchForm.Coaches), AtLine(text, "Coaches, line {0}: {1}", line, problem)));
            }
        }

        if (coaches.Count == 0 && !CohortPlanValidator.RunsEvents(programme) && !errors.Any(e => e.Key == nameof(LaunchForm.Coaches)))
        {
            errors.Add(new(nameof(LaunchForm.Coaches), text["List at least one coach, one per line."]));
        }

        var funders = new List<FunderShare>();
        foreach (var (line, fields) in Lines(form.Funder))
        {
            var problem = Funder(fields, text, out var funder);
            if (problem is null)
            {
                funders.Add(funder!);
            }
            else
            {
                errors.Add(new(nameof(LaunchForm.Funder), AtLine(text, "Funder, line {0}: {1}", line, problem)));
            }
        }

        if (errors.Count > 0)
        {
            return new LaunchFormResult(null, errors, companyLines, coachLines);
        }

        var start = form.StartDate!.Value;
        var plan = new CohortPlan(
            programme.Id,
            form.Name!.Trim(),
            start,
            form.EndDate ?? CohortPlanner.DefaultEndDate(programme, start),
            companies,
            coaches,
            funders)
        {
            CohortId = form.CohortId,
        };
        return new LaunchFormResult(plan, [], companyLines, coachLines);
    }

    /// <summary>
    /// Places the domain's problems with a plan (<c>companies[2].name</c>, <c>endDate</c>) on the form's fields, naming
    /// the line of the company or coach concerned.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Place(DomainRuleException problem, LaunchFormResult parsed, IStringLocalizer<ManagerText> text)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(text);
        var placed = new List<KeyValuePair<string, string>>();
        foreach (var (field, messages) in problem.Errors)
        {
            var match = IndexedField().Match(field);
            foreach (var message in messages.Select(m => LimitText.Localize(m, text)))
            {
                placed.Add(match.Success
                    ? Indexed(match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), message, parsed, text)
                    : new(FormField(field), message));
            }
        }

        return placed;
    }

    private static KeyValuePair<string, string> Indexed(string list, int index, string message, LaunchFormResult parsed, IStringLocalizer<ManagerText> text) => list switch
    {
        "companies" when index < parsed.CompanyLines.Count => new(nameof(LaunchForm.Companies), AtLine(text, "Companies, line {0}: {1}", parsed.CompanyLines[index], message)),
        "coaches" when index < parsed.CoachLines.Count => new(nameof(LaunchForm.Coaches), AtLine(text, "Coaches, line {0}: {1}", parsed.CoachLines[index], message)),
        _ => new(FormField(list), message),
    };

    private static string FormField(string field) => field.Split('[', '.')[0] switch
    {
        "name" => nameof(LaunchForm.Name),
        "startDate" => nameof(LaunchForm.StartDate),
        "endDate" => nameof(LaunchForm.EndDate),
        "companies" => nameof(LaunchForm.Companies),
        "coaches" => nameof(LaunchForm.Coaches),
        "funders" => nameof(LaunchForm.Funder),
        _ => string.Empty,
    };

    /// <summary>Writes a problem on a line: <paramref name="format"/> is "Companies, line {0}: {1}" or the coaches' or funder's.</summary>
    private static string AtLine(IStringLocalizer<ManagerText> text, string format, int line, string message) =>
        text[format, line, message];

    /// <summary>"one field found" or "3 fields found", for a line with too few or too many fields.</summary>
    private static string FieldsFound(IStringLocalizer<ManagerText> text, int count) =>
        count == 1 ? text["one field found"] : text["{0} fields found", count];

    private static IEnumerable<(int Line, string[] Fields)> Lines(string? block)
    {
        var lines = (block ?? string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                yield return (i + 1, [.. lines[i].Split(';').Select(f => f.Trim())]);
            }
        }
    }

    private static string? Company(string[] fields, IStringLocalizer<ManagerText> text, out CompanyApplication? company)
    {
        company = null;
        if (fields.Length is < 5 or > 6)
        {
            return text["write name; sector; headcount; town; e-mail; needs (the needs separated by commas) — {0}", FieldsFound(text, fields.Length)];
        }

        var missing = Missing(text, (fields[0], "the name"), (fields[1], "the sector"), (fields[3], "the town"), (fields[4], "the e-mail address"));
        if (missing is not null)
        {
            return missing;
        }

        if (!int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var headcount) || headcount < 0)
        {
            return text["the headcount must be a whole number (“{0}” is not)", fields[2]];
        }

        if (!IsEmail(fields[4]))
        {
            return text["“{0}” is not an e-mail address", fields[4]];
        }

        company = new CompanyApplication(fields[0], fields[1], headcount, fields[3], fields[4], fields.Length == 6 ? Tags(fields[5]) : []);
        return null;
    }

    private static string? Coach(string[] fields, IStringLocalizer<ManagerText> text, out CoachProfile? coach)
    {
        coach = null;
        if (fields.Length is < 3 or > 6)
        {
            return text["write name; e-mail; capacity; expertise; working days; working hours (the last three optional) — {0}", FieldsFound(text, fields.Length)];
        }

        var missing = Missing(text, (fields[0], "the name"), (fields[1], "the e-mail address"));
        if (missing is not null)
        {
            return missing;
        }

        if (!IsEmail(fields[1]))
        {
            return text["“{0}” is not an e-mail address", fields[1]];
        }

        if (!int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var capacity) || capacity < 1)
        {
            return text["the capacity must be a whole number of companies, at least 1 (“{0}” is not)", fields[2]];
        }

        var days = new List<DayOfWeek>();
        TimeOnly? start = null, end = null;
        var timeProblem = (fields.Length >= 5 ? CoachTimeFields.WorkingDays(fields[4], text, out days) : null)
            ?? (fields.Length == 6 ? CoachTimeFields.WorkingHours(fields[5], text, out start, out end) : null);
        if (timeProblem is not null)
        {
            return timeProblem;
        }

        coach = new CoachProfile(fields[0], fields[1], capacity, fields.Length >= 4 ? Tags(fields[3]) : [], days) { WorkStart = start, WorkEnd = end };
        return null;
    }

    private static string? Funder(string[] fields, IStringLocalizer<ManagerText> text, out FunderShare? funder)
    {
        funder = null;
        if (fields.Length != 3)
        {
            return text["write name; e-mail; share (50% or 0.5) — {0}", FieldsFound(text, fields.Length)];
        }

        var missing = Missing(text, (fields[0], "the name"), (fields[1], "the e-mail address"));
        if (missing is not null)
        {
            return missing;
        }

        if (!IsEmail(fields[1]))
        {
            return text["“{0}” is not an e-mail address", fields[1]];
        }

        if (TypedShares.Read(fields[2]) is not { } share)
        {
            return text["the share must be a percentage above 0 and at most 100% (“{0}” is not)", fields[2]];
        }

        funder = new FunderShare(fields[0], fields[1], share);
        return null;
    }

    private static string? Missing(IStringLocalizer<ManagerText> text, params (string Value, string What)[] fields)
    {
        foreach (var (value, what) in fields)
        {
            if (value.Length == 0)
            {
                return text["{0} is missing", text[what].Value];
            }
        }

        return null;
    }

    private static bool IsEmail(string value) => value.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < value.Length - 1 && !value.Contains(' ', StringComparison.Ordinal);

    private static List<string> Tags(string value) => [.. value.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0)];

    [GeneratedRegex(@"^(companies|coaches|funders)\[(\d+)\]")]
    private static partial Regex IndexedField();
}
