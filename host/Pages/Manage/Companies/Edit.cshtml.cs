using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Companies;

/// <summary>Corrects a company's details during its cohort (name, contact, contact's language…); its journey is unchanged.</summary>
public sealed class EditModel(CompanyPageReader companies, CompanyChanges changes, IStringLocalizer<ChangesText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid CohortId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid CompanyId { get; set; }

    [BindProperty]
    public CompanyForm Form { get; set; } = new();

    public string CohortName { get; private set; } = string.Empty;

    public string CompanyName { get; private set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Form = CompanyForm.Of(await ReadAsync(cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page(); // a headcount that is not a number: shown next to its field
        }

        var details = new CompanyDetails(Form.Name ?? string.Empty, Form.Sector ?? string.Empty, Form.Headcount, Form.Location ?? string.Empty, Form.ContactEmail ?? string.Empty, Form.ChosenLanguage(), Form.NeedList());
        try
        {
            var change = await changes.ChangeDetailsAsync(CompanyId, details, cancellationToken);
            Notice = change.Changed.Count == 0
                ? text["Nothing to change: the details of {0} were already these.", change.Company.Name]
                : change.LinksRevoked > 0
                    ? text["Details of {0} saved. Its portal links sent to the former contact are revoked: send the new contact theirs.", change.Company.Name]
                    : text["Details of {0} saved.", change.Company.Name];
            return Redirect($"/manage/cohorts/{CohortId}/companies/{CompanyId}");
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            FormRefusal.Show(ModelState, rule, CompanyForm.Fields, Explain);
            return Page();
        }
    }

    private async Task<CompanyView> ReadAsync(CancellationToken cancellationToken)
    {
        var (company, cohort) = await companies.CompanyAsync(CohortId, CompanyId, cancellationToken);
        CohortName = cohort.Cohort.Name;
        CompanyName = company.Name;
        return company;
    }

    private string Explain(string field, string message, bool conflict) => CompanyForm.Explain(field, message, conflict, text) ?? message switch
    {
        _ when message.Contains("archived", StringComparison.Ordinal) => text["This cohort is archived: restore it to change its companies."],
        _ => text["The details could not be saved."],
    };
}
