using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Organisations;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Organisations;

/// <summary>A programme's partners and other organisations: link one in a role, remove a link (its managers).</summary>
public sealed class ProgrammeOrganisationsModel(UserAccess access, OrganisationActions actions, IDbContextFactory<CohortsDbContext> domain, IStringLocalizer<OrganisationText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public ProgrammeOrganisationsForm Link { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public string ProgrammeName { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page(); // a role that is none of the list's: said next to it, and nothing linked
        }

        if (Link.OrganisationId is not { } organisationId)
        {
            ModelState.AddModelError("Link.OrganisationId", text["Choose an organisation of the directory."]);
            return Page();
        }

        try
        {
            await actions.LinkProgrammeAsync(Id, new ProgrammeOrganisationLink(organisationId, Link.Role), cancellationToken);
            Notice = text["The organisation is linked to the programme."];
            return Redirect($"/manage/programmes/{Uri.EscapeDataString(Id)}#programme-organisations");
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            ModelState.AddModelError("Link.OrganisationId", rule.Errors.ContainsKey("organisationId") && rule.Message.Contains("archived", StringComparison.Ordinal)
                ? text["This organisation is archived: restore it first."]
                : text["Choose an organisation of the directory; a programme links at most {0}.", OrganisationLimits.MaxPerProgramme]);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid organisationId, ProgrammeOrganisationRole role, CancellationToken cancellationToken)
    {
        await actions.UnlinkProgrammeAsync(Id, organisationId, role, cancellationToken);
        Notice = text["The link is removed."];
        return Redirect($"/manage/programmes/{Uri.EscapeDataString(Id)}#programme-organisations");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await access.RequireProgrammeManagerAsync(Id, cancellationToken);
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        ProgrammeName = await db.Programmes.AsNoTracking().Where(p => p.Id == Id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainRuleException.NotFound("programmeId", "programme", Id);
        Link.ProgrammeId = Id;
    }
}
