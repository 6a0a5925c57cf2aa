using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Programmes;
using Cohorts.Workflows.Templates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>The programmes the manager runs (the archived ones with ?archived=true), and the built-in templates to create one from.</summary>
public sealed class ProgrammesModel(ProgrammeReader reader, ProgrammeInstaller installer, UserAccess access, IStringLocalizer<ManagerText> text) : PageModel
{
    public IReadOnlyList<ProgrammeSummary> Managed { get; private set; } = [];

    public IReadOnlyList<ProgrammeTemplate> Templates { get; } = ProgrammeTemplates.List();

    /// <summary>Gets or sets a value indicating whether archived programmes are listed too.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string templateId, CancellationToken cancellationToken)
    {
        if (!ProgrammeTemplates.TryGet(templateId, out _))
        {
            await LoadAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, text["There is no template '{0}'.", templateId]);
            return Page();
        }

        // Each time a new programme: the first keeps the template's id, the next ones get their own (boost-innovation-2).
        var programme = await installer.InstallTemplateAsync(templateId, access.UserId, access.Email, cancellationToken);
        return LocalRedirect($"/manage/programmes/{Uri.EscapeDataString(programme.Id)}?created=true");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Managed = [.. (await reader.ListVisibleAsync(Archived, cancellationToken)).Where(p => p.Manages)];
}
