using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Reporting;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Funder;

/// <summary>
/// The milestones a funder reviews: those waiting for their decision (each with a form) and those decided. A form's
/// errors show next to its fields, with what was typed kept.
/// </summary>
public sealed class MilestonesModel(UserAccess access, IDbContextFactory<CohortsDbContext> domain, MilestoneService milestones, IStringLocalizer<FunderText> text) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    /// <summary>Gets or sets the milestone just decided (after the redirect), to confirm it.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Decided { get; set; }

    public IReadOnlyList<MilestoneView> Pending { get; private set; } = [];

    public IReadOnlyList<MilestoneView> Done { get; private set; } = [];

    /// <summary>Gets the milestone whose form was posted with errors, if any.</summary>
    public Guid? Posted { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Posted = Input.MilestoneId;
        await LoadAsync(cancellationToken);
        if (!Pending.Any(m => m.Milestone.Id == Input.MilestoneId))
        {
            // No form of this page posted it (an id changed by hand, unread, or a milestone no longer waiting): said
            // above the forms, as the milestone's own id has no field; nothing is decided.
            ModelState.Clear();
            ModelState.AddModelError(
                string.Empty,
                Done.Any(m => m.Milestone.Id == Input.MilestoneId) ? text["This milestone was decided already."] : text["The form could not be read: reload the page and try again."]);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            // A field the binder could not read (e.g. a malformed due date) is shown next to it; nothing is decided.
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Input.Outcome))
        {
            ModelState.AddModelError("Input.Outcome", text["Choose a decision: passed, needs work or failed."]);
        }
        else
        {
            try
            {
                await MilestoneDecisions.DecideAsync(access, milestones, Input.MilestoneId, Input.Outcome, Input.Reason, MilestoneDecisions.NewDueAt(Input.NewDueOn), cancellationToken);
                return Redirect($"/funder/milestones?decided={Input.MilestoneId}");
            }
            catch (DomainRuleException rule) when (!rule.IsNotFound)
            {
                foreach (var (field, messages) in rule.Errors)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(Key(field), Explain(field, message));
                    }
                }
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private static string Key(string field) => field switch
    {
        "outcome" => "Input.Outcome",
        "reason" => "Input.Reason",
        "newDueAt" => "Input.NewDueOn",
        _ => "Input",
    };

    private string Explain(string field, string message) => LimitText.TryLocalize(message, text) ?? field switch
    {
        "outcome" => text["Choose a decision: passed, needs work or failed."],
        "reason" => text["Say why: a reason is needed unless the milestone passed."],
        "newDueAt" => text["\"Needs work\" needs a new due date, after today."],
        "milestoneId" => text["This milestone was decided already."],
        _ => text[message],
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var cohortIds = (await access.GetFunderRecordsAsync(cancellationToken)).Select(f => f.CohortId).ToList();
        var all = await new MilestoneReader(domain).ForFunderReviewAsync(cohortIds, cancellationToken);
        Pending = [.. all.Where(m => m.Milestone.FinalDecision is null)];
        Done = [.. all.Where(m => m.Milestone.FinalDecision is not null).OrderByDescending(m => m.Milestone.FinalDecision!.DecidedAt)];
    }
}
