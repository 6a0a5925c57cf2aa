using Cohorts.Host.Localization;
using Cohorts.Host.Organisations;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Organisations;

/// <summary>Adds an organisation to the directory; a refusal is shown next to its field, what was typed kept.</summary>
public sealed class NewModel(OrganisationActions actions, IStringLocalizer<OrganisationText> text) : PageModel
{
    [BindProperty]
    public OrganisationForm Form { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var added = await actions.AddAsync(Form.ToInput(), cancellationToken);
            Notice = text["{0} is in the directory.", added.Name];
            return Redirect($"/manage/organisations/{added.Id}");
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            OrganisationForm.Show(rule, ModelState, text);
            return Page();
        }
    }
}
