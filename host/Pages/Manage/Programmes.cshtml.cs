using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Programmes;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Templates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>The programmes the manager runs, and the built-in templates to create one from.</summary>
public sealed class ProgrammesModel(ProgrammeReader reader, ProgrammeService programmes, ProgrammeInstaller installer, UserAccess access, IStringLocalizer<ManagerText> text) : PageModel
{
    public IReadOnlyList<ProgrammeSummary> Managed { get; private set; } = [];

    public IReadOnlyList<ProgrammeTemplate> Templates { get; } = ProgrammeTemplates.List();

    public IReadOnlySet<string> Existing { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string templateId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ProgrammeTemplates.TryGet(templateId, out _))
        {
            ModelState.AddModelError(string.Empty, text["There is no template '{0}'.", templateId]);
            return Page();
        }

        if (Existing.Contains(templateId))
        {
            ModelState.AddModelError(string.Empty, text["This programme exists already: it was created from this template before."]);
            return Page();
        }

        var programme = await installer.InstallTemplateAsync(templateId, access.UserId, access.Email, cancellationToken);
        return LocalRedirect($"/manage/programmes/{Uri.EscapeDataString(programme.Id)}?created=true");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Managed = [.. (await reader.ListVisibleAsync(cancellationToken)).Where(p => p.Manages)];
        Existing = (await programmes.ListAsync(cancellationToken)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }
}
