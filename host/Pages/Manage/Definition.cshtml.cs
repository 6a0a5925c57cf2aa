using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>Edits a programme's workflow definition as JSON: checks it (every problem with its place) and publishes it as a new version.</summary>
public sealed class DefinitionModel(ProgrammeReader reader, DefinitionEditor editor, IStringLocalizer<ManagerText> text) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string DefinitionId { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int? Published { get; set; }

    [BindProperty]
    public string Document { get; set; } = string.Empty;

    public string ProgrammeName { get; private set; } = string.Empty;

    public IReadOnlyList<DefinitionVersionInfo> Versions { get; private set; } = [];

    public IReadOnlyList<DefinitionProblem> Problems { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var latest = await reader.GetVersionAsync(Id, DefinitionId, null, cancellationToken);
        Document = Pretty(latest.Json);
        if (Published is { } version)
        {
            Notice = text["Version {0} is published: cohorts launched from now on run it; running ones keep theirs.", version];
        }
    }

    public async Task OnPostValidateAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Problems = await editor.ValidateAsync(Id, DefinitionId, Document, cancellationToken);
        if (Problems.Count == 0)
        {
            Notice = text["The document is valid. Publish it to make it a new version."];
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

            return LocalRedirect($"/manage/programmes/{Uri.EscapeDataString(Id)}/definitions/{Uri.EscapeDataString(DefinitionId)}?published={published.Version}");
        }
        catch (InvalidDefinitionException invalid)
        {
            Problems = invalid.Problems;
            return Page();
        }
    }

    private static string Pretty(string json)
    {
        try
        {
            return JsonNode.Parse(json)?.ToJsonString(Indented) ?? json;
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var programme = await reader.RequireDefinitionAsync(Id, DefinitionId, cancellationToken);
        ProgrammeName = programme.Name;
        Versions = await reader.ListVersionsAsync(Id, DefinitionId, cancellationToken);
    }
}
