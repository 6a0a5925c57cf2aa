using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// A programme's forms: the list with each one's latest version, and a JSON field to publish a form (a changed one
/// becomes its next version). Problems are listed by their JSON path next to the field, which keeps what was typed.
/// </summary>
public sealed class ProgrammeFormsModel(ProgrammeReader reader, FormService forms, UserAccess access, IStringLocalizer<FormText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Published { get; set; }

    [BindProperty]
    public string Document { get; set; } = string.Empty;

    public string ProgrammeName { get; private set; } = string.Empty;

    public IReadOnlyList<FormSummary> Forms { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Problems { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Published is { } published)
        {
            Notice = text["Published: {0}.", published];
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        try
        {
            var published = await forms.PublishAsync(Id, Document, access.Email, cancellationToken);
            if (!published.IsNew)
            {
                Notice = text["Nothing to publish: the form is the same as version {0}.", published.Version];
                return Page();
            }

            return LocalRedirect($"/manage/programmes/{Uri.EscapeDataString(Id)}/forms?published={Uri.EscapeDataString($"{published.FormId} v{published.Version}")}");
        }
        catch (DomainRuleException invalid) when (!invalid.IsNotFound)
        {
            Problems = [.. invalid.Errors.SelectMany(e => e.Value.Select(m => new KeyValuePair<string, string>(e.Key, LimitText.Localize(m, text))))];
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var programme = await reader.RequireManagedAsync(Id, cancellationToken);
        ProgrammeName = programme.Name;
        Forms = await forms.ListAsync(Id, cancellationToken);
    }
}
