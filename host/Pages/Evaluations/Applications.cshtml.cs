using Cohorts.Host.Access;
using Cohorts.Host.Evaluations;
using Cohorts.Host.Localization;
using Cohorts.Host.Web;
using Cohorts.Workflows.Evaluations;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Evaluations;

/// <summary>A cohort's application call (open with a form, close, re-open; the link shown once) and its applications.</summary>
[Authorize(Policy = CohortsPolicies.Manager)]
public sealed class ApplicationsModel(ApplicationCalls calls, FormService forms, PublicLinks links, TimeProvider clock, IStringLocalizer<ScreeningText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Gets or sets the form chosen to open the call with.</summary>
    [BindProperty]
    public string? FormId { get; set; }

    /// <summary>Gets or sets the deadline's day (optional; the call closes at its start, in Paris).</summary>
    [BindProperty]
    public DateOnly? ClosesOn { get; set; }

    public CohortAccess Cohort { get; private set; } = null!;

    public ApplicationCall? Call { get; private set; }

    public IReadOnlyList<ApplicationRecord> Applications { get; private set; } = [];

    public IReadOnlyList<FormSummary> Forms { get; private set; } = [];

    public bool IsOpen => Call?.IsOpenAt(clock.GetUtcNow()) ?? false;

    /// <summary>Gets or sets the link just made (shown once: only its hash is kept).</summary>
    [TempData]
    public string? NewLink { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken) =>
        await ActAsync(
            async () =>
            {
                var opened = await calls.OpenAsync(Id, FormId, Deadline(), cancellationToken);
                NewLink = links.To($"/apply/{opened.Token}");
                Notice = text["The call is open: publish its link."];
            },
            cancellationToken);

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        await ActAsync(
            async () =>
            {
                await calls.CloseAsync(Id, cancellationToken);
                Notice = text["The call is closed."];
            },
            cancellationToken);

    public async Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken) =>
        await ActAsync(
            async () =>
            {
                await calls.ReopenAsync(Id, Deadline(), cancellationToken);
                Notice = text["The call is open again, on the same link."];
            },
            cancellationToken);

    private DateTimeOffset? Deadline() =>
        ClosesOn is { } day ? TypedInstants.At(day, TimeOnly.MinValue, CohortsHostExtensions.PagesTimeZone, "closesAt") : null;

    private async Task<IActionResult> ActAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A closing day that cannot be read ("2026-02-30"): said next to it, and the call left as it is.
            await LoadAsync(cancellationToken);
            return Page();
        }

        try
        {
            await action();
            return RedirectToPage(new { Id });
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound || rule.Field == "formId")
        {
            foreach (var (path, messages) in rule.Errors)
            {
                ModelState.AddModelError(path == "closesAt" ? nameof(ClosesOn) : path == "formId" ? nameof(FormId) : string.Empty, ScreeningMessages.Say(path, messages[0], rule.IsConflict, null, text));
            }

            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        (Cohort, Call, Applications) = await calls.ReadAsync(Id, cancellationToken);
        Forms = await forms.ListAsync(Cohort.Cohort.ProgrammeId, cancellationToken);
    }
}
