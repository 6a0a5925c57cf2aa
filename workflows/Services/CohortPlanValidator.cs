using System.Globalization;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Text;

namespace Cohorts.Workflows.Services;

/// <summary>
/// Checks a <see cref="CohortPlan"/> before anything is created or previewed, listing every problem by field, the
/// <see cref="InputLimits"/> included (lengths, counts, numbers, dates).
/// </summary>
public static class CohortPlanValidator
{
    /// <summary>
    /// Whether a programme is one of events (a cohort workflow, no coaching hours per company: the Semaine de
    /// l'Innovation, the Tournée), whose cohorts may start with no company and no coach: companies come as visitors
    /// and walk-ins, events are run by organisations.
    /// </summary>
    public static bool RunsEvents(Domain.Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return programme.CohortDefinitionId is not null && programme.HoursPerCompany is null;
    }

    /// <summary>Checks a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="runsEvents">
    /// Whether the programme is one of events (a cohort workflow, no coaching hours per company): it may then start with no company and
    /// no coach (the Semaine de l'Innovation, whose companies are the visitors enrolled as they come, not chosen in
    /// advance, and whose events are organised by organisations, not coaches).
    /// </param>
    /// <exception cref="DomainRuleException">The plan breaks a rule or goes past a limit; every problem is listed by field.</exception>
    public static void Validate(CohortPlan plan, bool runsEvents = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new Problems();
        problems.Required("name", plan.Name, "The cohort's name");
        problems.Text("name", plan.Name, InputLimits.MaxNameLength);
        problems.Date("startDate", plan.StartDate);
        problems.Date("endDate", plan.EndDate);
        if (plan.EndDate <= plan.StartDate)
        {
            problems.Add("endDate", $"A cohort ends after it starts: {plan.EndDate:yyyy-MM-dd} is not after {plan.StartDate:yyyy-MM-dd}.");
        }

        CheckCompanies(plan.Companies ?? [], runsEvents, problems);
        CheckCoaches(plan.Coaches ?? [], runsEvents, problems);
        CheckFunders(plan.Funders ?? [], problems);
        problems.ThrowIfAny();
    }

    private static void CheckCompanies(IReadOnlyList<CompanyApplication> companies, bool runsEvents, Problems problems)
    {
        if (companies.Count == 0 && !runsEvents)
        {
            problems.Add("companies", "A cohort has at least one company.");
        }

        if (!problems.MaxCount("companies", companies.Count, InputLimits.MaxCompaniesPerCohort))
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<Guid>();
        for (var i = 0; i < companies.Count; i++)
        {
            var company = companies[i];
            var at = $"companies[{i}]";
            problems.Required($"{at}.name", company.Name, "The company's name");
            problems.Required($"{at}.sector", company.Sector, "The sector");
            problems.Required($"{at}.location", company.Location, "The town");
            problems.Required($"{at}.contactEmail", company.ContactEmail, "The contact's e-mail address");
            problems.Text($"{at}.name", company.Name, InputLimits.MaxNameLength);
            problems.Text($"{at}.sector", company.Sector, InputLimits.MaxShortTextLength);
            problems.Text($"{at}.location", company.Location, InputLimits.MaxShortTextLength);
            problems.Text($"{at}.contactEmail", company.ContactEmail, InputLimits.MaxEmailLength);
            problems.Email($"{at}.contactEmail", company.ContactEmail);
            ContactLanguages.Check(problems, $"{at}.contactLanguage", company.ContactLanguage);
            problems.Tags($"{at}.needs", company.Needs);
            if (company.Headcount < 0)
            {
                problems.Add($"{at}.headcount", "The headcount cannot be negative.");
            }
            else
            {
                problems.Range($"{at}.headcount", company.Headcount, 0, InputLimits.MaxHeadcount);
            }

            if (!string.IsNullOrWhiteSpace(company.Name) && !names.Add(Spacing.Collapse(company.Name)))
            {
                problems.Add($"{at}.name", $"Two companies are named '{Spacing.Collapse(company.Name)}': names are unique within a cohort.");
            }

            if (company.Id is { } id && !ids.Add(id))
            {
                problems.Add($"{at}.id", $"Two companies have the id '{id}'.");
            }
        }
    }

    private static void CheckCoaches(IReadOnlyList<CoachProfile> coaches, bool runsEvents, Problems problems)
    {
        if (coaches.Count == 0 && !runsEvents)
        {
            problems.Add("coaches", "A cohort has at least one coach.");
        }

        if (!problems.MaxCount("coaches", coaches.Count, InputLimits.MaxCoachesPerCohort))
        {
            return;
        }

        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < coaches.Count; i++)
        {
            var coach = coaches[i];
            var at = $"coaches[{i}]";
            CheckCoach(coach, at, problems);
            if (!string.IsNullOrWhiteSpace(coach.Email) && !emails.Add(coach.Email.Trim()))
            {
                problems.Add($"{at}.email", $"Two coaches have the e-mail address '{coach.Email.Trim()}'.");
            }
        }
    }

    /// <summary>Checks one coach's profile, each problem at <paramref name="at"/>'s field (<c>coaches[0].email</c>; an empty <paramref name="at"/>: <c>email</c>).</summary>
    internal static void CheckCoach(CoachProfile coach, string at, Problems problems)
    {
        string Field(string name) => at.Length == 0 ? name : $"{at}.{name}";
        problems.Required(Field("name"), coach.Name, "The coach's name");
        problems.Required(Field("email"), coach.Email, "The coach's e-mail address");
        problems.Text(Field("name"), coach.Name, InputLimits.MaxNameLength);
        problems.Text(Field("email"), coach.Email, InputLimits.MaxEmailLength);
        problems.Email(Field("email"), coach.Email);
        problems.Tags(Field("expertise"), coach.Expertise);
        problems.MaxCount(Field("availableDays"), coach.AvailableDays?.Count ?? 0, 7);
        var (start, end) = (coach.WorkStart ?? WorkingHours.DefaultStart, coach.WorkEnd ?? WorkingHours.DefaultEnd);
        if (end <= start || end - start < WorkingHours.Shortest)
        {
            problems.Add(Field("workEnd"), $"A coach's working day ends at least an hour after it starts ({start:HH\\:mm}), not at {end:HH\\:mm}.");
        }

        if (coach.Capacity < 1)
        {
            problems.Add(Field("capacity"), $"A coach takes at least one company, not {coach.Capacity}.");
        }
        else
        {
            problems.Range(Field("capacity"), coach.Capacity, 1, InputLimits.MaxCoachCapacity);
        }
    }

    private static void CheckFunders(IReadOnlyList<FunderShare> funders, Problems problems)
    {
        if (!problems.MaxCount("funders", funders.Count, InputLimits.MaxFundersPerCohort))
        {
            return;
        }

        for (var i = 0; i < funders.Count; i++)
        {
            CheckFunder(funders[i], $"funders[{i}]", problems);
        }

        if (funders.Sum(f => f.Share) > 1)
        {
            problems.Add("funders", "The funders' shares add up to more than the whole budget.");
        }
    }

    /// <summary>Checks one funder, each problem at <paramref name="at"/>'s field (<c>funders[0].share</c>; an empty <paramref name="at"/>: <c>share</c>).</summary>
    internal static void CheckFunder(FunderShare funder, string at, Problems problems)
    {
        string Field(string name) => at.Length == 0 ? name : $"{at}.{name}";
        problems.Required(Field("name"), funder.Name, "The funder's name");
        problems.Required(Field("email"), funder.Email, "The funder's e-mail address");
        problems.Text(Field("name"), funder.Name, InputLimits.MaxNameLength);
        problems.Text(Field("email"), funder.Email, InputLimits.MaxEmailLength);
        problems.Email(Field("email"), funder.Email);
        if (funder.Share is <= 0 or > 1)
        {
            problems.Add(Field("share"), $"A funder's share is a fraction above 0 and at most 1, not {funder.Share}.");
        }
        else if (decimal.Round(funder.Share, Funder.ShareDecimals) != funder.Share)
        {
            problems.Add(Field("share"), $"A funder's share has at most {Funder.ShareDecimals} decimal places (0.3333 for 33.33%), not {funder.Share.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
