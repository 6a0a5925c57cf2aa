using System.Globalization;
using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Companies;

/// <summary>Adds a company to a running cohort: it applies like the others and its journey starts where the cohort is.</summary>
public sealed class NewModel(UserAccess access, CompanyChanges changes, IStringLocalizer<ChangesText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public CompanyForm Form { get; set; } = new();

    public string CohortName { get; private set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        CohortName = (await access.RequireCohortManagerAsync(Id, cancellationToken)).Cohort.Name;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        CohortName = (await access.RequireCohortManagerAsync(Id, cancellationToken)).Cohort.Name;
        if (!ModelState.IsValid)
        {
            return Page(); // a headcount that is not a number: shown next to its field
        }

        var application = new CompanyApplication(Form.Name ?? string.Empty, Form.Sector ?? string.Empty, Form.Headcount ?? 0, Form.Location ?? string.Empty, Form.ContactEmail ?? string.Empty, Form.NeedList())
        {
            ContactLanguage = Form.ChosenLanguage(),
        };
        try
        {
            var company = await changes.AddAsync(Id, application, cancellationToken);
            Notice = text["{0} joined the cohort: decide its application on its page.", company.Name];
            return Redirect($"/manage/cohorts/{Id}/companies/{company.Id}");
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            FormRefusal.Show(ModelState, rule, CompanyForm.Fields, Explain);
            return Page();
        }
    }

    private string Explain(string field, string message, bool conflict) => CompanyForm.Explain(field, message, conflict, text) ?? message switch
    {
        _ when message.Contains("not launched", StringComparison.Ordinal) => text["This cohort is not launched yet: add the company to its plan instead."],
        _ when message.Contains("ended", StringComparison.Ordinal) => text["This cohort has ended: no company joins it now."],
        _ when message.Contains("companies already", StringComparison.Ordinal) => text["This cohort holds {0} companies already, the most a cohort may.", InputLimits.MaxCompaniesPerCohort.ToString("N0", CultureInfo.CurrentCulture)],
        _ => text["The company could not be added."],
    };
}
