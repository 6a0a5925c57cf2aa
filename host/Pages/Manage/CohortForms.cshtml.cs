using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Web;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Collection;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// A cohort's forms: who was asked what, who answered, who is late; send one of the programme's forms to every active
/// company now; withdraw a request still open. Problems show next to their field, which keeps what was chosen.
/// </summary>
public sealed class CohortFormsModel(UserAccess access, FormService forms, FormRequestQueries queries, FormCollectionService collection, HumanText human, IStringLocalizer<CollectText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sent { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Open { get; set; }

    [BindProperty]
    public string? FormId { get; set; }

    [BindProperty]
    public DateOnly? DueDate { get; set; }

    public string CohortName { get; private set; } = string.Empty;

    public string ProgrammeId { get; private set; } = string.Empty;

    public IReadOnlyList<FormSummary> Forms { get; private set; } = [];

    public IReadOnlyList<FormRequestRow> Requests { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Sent is not null)
        {
            Notice = Open is > 0
                ? text["Form sent to the companies: {0}. Already asked and not answered yet, so not asked again: {1}.", Sent, Open]
                : text["Form sent to the companies: {0}.", Sent];
        }
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page(); // a due date that cannot be read: said next to it, and nothing sent
        }

        try
        {
            // Due at the end of the chosen day, in the programmes' zone.
            DateTimeOffset? due = DueDate is { } day
                ? TypedInstants.At(day, new TimeOnly(23, 59), human.TimeZone, "due")
                : null;
            var asked = await collection.AskCohortAsync(Id, FormId, due, access.Email, cancellationToken);
            return LocalRedirect($"/manage/cohorts/{Id}/forms?sent={asked.RequestIds.Count}&open={asked.AlreadyOpen.Count}");
        }
        catch (DomainRuleException refused)
        {
            foreach (var (field, messages) in refused.Errors)
            {
                var key = field switch
                {
                    "formId" => nameof(FormId),
                    "due" => nameof(DueDate),
                    _ => string.Empty,
                };
                foreach (var message in messages)
                {
                    ModelState.AddModelError(key, text[message]); // the service's words, in French when known
                }
            }

            return Page();
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid requestId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var request = await queries.FindAsync(requestId, cancellationToken);
        if (request is null || request.CohortId != Id)
        {
            return NotFound();
        }

        try
        {
            await collection.WithdrawAsync(requestId, access.Email, cancellationToken);
        }
        catch (DomainRuleException refused) when (refused.IsConflict)
        {
            ModelState.AddModelError(string.Empty, LimitText.Localize(refused.Message, text));
            return Page();
        }

        return LocalRedirect($"/manage/cohorts/{Id}/forms");
    }

    /// <summary>The words for where a request stands.</summary>
    public string StatusOf(FormRequestRow request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Status switch
        {
            FormRequestStatus.Answered => text["Answered {0}", human.Date(request.AnsweredAt!.Value)],
            FormRequestStatus.Cancelled => text["Withdrawn"],
            _ when request.IsLate => text["Late"],
            _ => text["Waiting"],
        };
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var cohort = await access.RequireCohortManagerAsync(Id, cancellationToken);
        CohortName = cohort.Cohort.Name;
        ProgrammeId = cohort.Cohort.ProgrammeId;
        Forms = await forms.ListAsync(cohort.Cohort.ProgrammeId, cancellationToken);
        Requests = await queries.ForCohortAsync(Id, cancellationToken);
    }
}
