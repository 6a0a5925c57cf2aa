using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Organisations;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Organisations;

/// <summary>Sets an event's host and organisers from the directory (its programme's managers, before it is held).</summary>
public sealed class EventOrganisationsModel(UserAccess access, OrganisationActions actions, IStringLocalizer<OrganisationText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty]
    public EventOrganisationsForm Event { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public string Title { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        try
        {
            await actions.SetEventAsync(SessionId, new EventOrganisationsInput(Event.HostId, Event.OrganiserIds), cancellationToken);
            Notice = text["The host and organisers are saved."];
            return Redirect($"/manage/events/{SessionId}");
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            var field = rule.Field.StartsWith("hostId", StringComparison.Ordinal) ? "Event.HostId" : "Event.OrganiserIds";
            ModelState.AddModelError(field, rule.Field == "sessionId"
                ? text["This event is held or cancelled: its host and organisers stay as they were."]
                : text["Choose organisations of the directory that are not archived, at most {0} in all.", OrganisationLimits.MaxPerEvent]);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var (session, _) = await access.RequireSessionAsync(SessionId, cancellationToken: cancellationToken);
        Title = session.Title;
        Event.SessionId = SessionId;
    }
}
