using Cohorts.Host.Localization;
using Cohorts.Host.Organisations;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Organisations;

/// <summary>An organisation: what it does for which programme, its events; edit, archive, restore.</summary>
public sealed class OrganisationModel(OrganisationActions actions, IStringLocalizer<OrganisationText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public OrganisationForm Form { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public OrganisationDetails Details { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Details = await actions.GetAsync(Id, cancellationToken);
        Form = OrganisationForm.Of(Details.Organisation);
    }

    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        Details = await actions.GetAsync(Id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var edited = await actions.EditAsync(Id, Form.ToInput(), cancellationToken);
            Notice = text["{0} is saved.", edited.Name];
            return Redirect($"/manage/organisations/{Id}");
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            OrganisationForm.Show(rule, ModelState, text);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostArchiveAsync(bool archive, CancellationToken cancellationToken)
    {
        var organisation = await actions.ArchiveAsync(Id, archive, cancellationToken);
        Notice = archive ? text["{0} is archived.", organisation.Name] : text["{0} is restored.", organisation.Name];
        return Redirect($"/manage/organisations/{Id}");
    }
}
