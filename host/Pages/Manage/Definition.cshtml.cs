using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Host.Diagrams;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Simulation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// Edits a programme's workflow definition as JSON: checks it (every problem with its line, as it is typed when the
/// browser runs js/definition-editor.js, and on Validate without it), previews a cohort on the draft, and publishes it
/// as a new version; shows the latest version's diagram.
/// </summary>
public sealed class DefinitionModel(ProgrammeReader reader, DefinitionEditor editor, DraftChecker checker, SimulationPreviewer previewer, DefinitionSerializer serializer, IStringLocalizer<ManagerText> text, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string DefinitionId { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int? Published { get; set; }

    // An emptied editor posts an empty document, to be checked as one (not bound as null, which the checker refuses).
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Document { get; set; } = string.Empty;

    [BindProperty]
    public DateOnly? PreviewStart { get; set; }

    [BindProperty]
    public int PreviewCompanies { get; set; } = 3;

    [BindProperty]
    public int PreviewCoaches { get; set; } = 1;

    public string ProgrammeName { get; private set; } = string.Empty;

    public IReadOnlyList<DefinitionVersionInfo> Versions { get; private set; } = [];

    public IReadOnlyList<DraftProblem> Problems { get; private set; } = [];

    public IReadOnlyDictionary<string, string> PreviewErrors { get; private set; } = new Dictionary<string, string>();

    public SimulationResult? Preview { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>Gets the path of the page's own handlers (the live check posts there with the form's antiforgery token).</summary>
    public string PagePath => $"/manage/programmes/{Uri.EscapeDataString(Id)}/definitions/{Uri.EscapeDataString(DefinitionId)}";

    /// <summary>Gets the language of the page, for the diagram's words.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var latest = await reader.GetVersionAsync(Id, DefinitionId, null, cancellationToken);
        Document = DefinitionHistory.Pretty(latest.Json);
        if (Published is { } version)
        {
            Notice = text["Version {0} is published: cohorts launched from now on run it; running ones keep theirs.", version];
        }
    }

    public async Task OnPostValidateAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Problems = (await checker.CheckAsync(Id, DefinitionId, Document, cancellationToken)).Problems;
        if (Problems.Count == 0)
        {
            Notice = text["The document is valid. Publish it to make it a new version."];
        }
    }

    /// <summary>The live check of js/definition-editor.js: the draft's problems with their lines, as JSON.</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken) =>
        new JsonResult(await checker.CheckAsync(Id, DefinitionId, Document, cancellationToken));

    public async Task OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Problems = (await checker.CheckAsync(Id, DefinitionId, Document, cancellationToken)).Problems;
        if (Problems.Count > 0)
        {
            return;
        }

        try
        {
            var draft = serializer.Read(Document, DefinitionReadMode.Strict).Definition!;
            var start = PreviewStart ?? DateOnly.FromDateTime(clock.GetUtcNow().Date).AddDays(14);
            PreviewStart = start;
            Preview = await previewer.PreviewAsync(Id, draft, start, PreviewCompanies, PreviewCoaches, cancellationToken);
        }
        catch (DomainRuleException invalid)
        {
            PreviewErrors = invalid.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value), StringComparer.Ordinal);
        }
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        try
        {
            var published = await editor.PublishAsync(Id, DefinitionId, Document, cancellationToken);
            if (!published.IsNew)
            {
                Notice = text["Nothing to publish: the document is the same as version {0}.", published.Version];
                return Page();
            }

            return LocalRedirect($"{PagePath}?published={published.Version}");
        }
        catch (InvalidDefinitionException invalid)
        {
            Problems = DraftChecker.Locate(Document, invalid.Problems);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var programme = await reader.RequireDefinitionAsync(Id, DefinitionId, cancellationToken);
        ProgrammeName = programme.Name;
        Versions = await reader.ListVersionsAsync(Id, DefinitionId, cancellationToken);
    }
}
