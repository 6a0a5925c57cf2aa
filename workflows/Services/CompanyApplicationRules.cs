namespace Cohorts.Workflows.Services;

/// <summary>Checks one company's application (a company added to a running cohort), every problem by field.</summary>
internal static class CompanyApplicationRules
{
    /// <exception cref="DomainRuleException">A field is missing or goes past its <see cref="InputLimits"/> limit.</exception>
    public static void Check(CompanyApplication company)
    {
        var problems = new Problems();
        Check(company, problems);
        problems.ThrowIfAny();
    }

    /// <summary>Adds the application's problems to <paramref name="problems"/>, by field.</summary>
    public static void Check(CompanyApplication company, Problems problems)
    {
        problems.Required("name", company.Name, "The company's name");
        problems.Required("sector", company.Sector, "The sector");
        problems.Required("location", company.Location, "The town");
        problems.Required("contactEmail", company.ContactEmail, "The contact's e-mail address");
        problems.Text("name", company.Name, InputLimits.MaxNameLength);
        problems.Text("sector", company.Sector, InputLimits.MaxShortTextLength);
        problems.Text("location", company.Location, InputLimits.MaxShortTextLength);
        problems.Text("contactEmail", company.ContactEmail, InputLimits.MaxEmailLength);
        problems.Email("contactEmail", company.ContactEmail);
        ContactLanguages.Check(problems, "contactLanguage", company.ContactLanguage);

        problems.Tags("needs", company.Needs);
        problems.Range("headcount", company.Headcount, 0, InputLimits.MaxHeadcount);
    }
}
