using Cohorts.Host.Organisations;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage.Organisations;

/// <summary>The organisations directory: search by name, filter by kind, a page at a time.</summary>
public sealed class IndexModel(OrganisationActions actions) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganisationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public OrganisationPage Found { get; private set; } = new([], 0, 1, PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var q = Q is { Length: > OrganisationQuery.MaxSearchLength } ? Q[..OrganisationQuery.MaxSearchLength] : Q;
        try
        {
            Found = await actions.ListAsync(new OrganisationQuery(q, Kind, Page: Math.Max(1, PageNumber), PageSize: PageSize, IncludeArchived: Archived), cancellationToken);
        }
        catch (DomainRuleException)
        {
            Found = await actions.ListAsync(new OrganisationQuery(q, Kind, PageSize: PageSize, IncludeArchived: Archived), cancellationToken);
        }
    }

    public string PageLink(int page) =>
        $"/manage/organisations?q={Uri.EscapeDataString(Q ?? string.Empty)}&kind={Kind}&archived={(Archived ? "true" : "false")}&page={page}";
}
