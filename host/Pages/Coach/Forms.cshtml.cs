using Cohorts.Host.Access;
using Cohorts.Workflows.Forms.Collection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Coach;

/// <summary>The forms asked of the signed-in coach or event organiser: open first, each with its due date and where it stands.</summary>
public sealed class FormsModel(UserAccess access, FormRequestQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Answered { get; set; }

    public IReadOnlyList<FormRequestRow> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var coachIds = (await access.GetCoachRecordsAsync(cancellationToken)).Select(c => c.Id).ToList();
        Requests = [.. (await queries.MineAsync(coachIds, access.Email, cancellationToken)).OrderBy(r => r.Status).ThenBy(r => r.DueAt)];
    }
}
