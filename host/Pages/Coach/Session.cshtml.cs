using Cohorts.Host.Access;
using Cohorts.Host.Coaching;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Coach;

/// <summary>A session's details and, while it is not recorded, the form to record its outcome.</summary>
public sealed class SessionModel(
    UserAccess access,
    IDbContextFactory<CohortsDbContext> domain,
    TimeProvider clock,
    SessionService sessions,
    SessionChangeActions changes,
    IStringLocalizer<CoachText> text) : PageModel
{
    public SessionDetails Details { get; private set; } = null!;

    /// <summary>Gets a value indicating whether the session has taken place (its outcome can be recorded).</summary>
    public bool TakenPlace => Details.PlannedAt <= clock.GetUtcNow();

    /// <summary>Gets or sets the change form posted (move, cancel, no-show, correct).</summary>
    [BindProperty]
    public SessionChangeForm? Change { get; set; }

    /// <summary>Gets what the last change did, if anything.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Gets a value indicating whether the form posted is a change (its errors go with the change forms).</summary>
    public bool ChangePosted { get; private set; }

    /// <summary>Gets the change forms' model.</summary>
    public SessionChangeBox ChangeBox => new(Details, ChangePosted ? Change : null, clock.GetUtcNow()) { ReaderIsCoach = OwnSession };

    /// <summary>Gets a value indicating whether the reader is this session's coach (not a manager who coaches too).</summary>
    public bool OwnSession { get; private set; }

    [BindProperty]
    public OutcomeForm Form { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Form = OutcomeForm.For(Details.Companies.Select(c => c.Id));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Form.WithActionRows();
        if (!ModelState.IsValid)
        {
            // A value the form could not read (a malformed date, "maybe" for a box): shown next to its input.
            KeepUnreadAttendanceNextToTheList();
            return Page();
        }

        var mapping = OutcomeFormMapping.From(Form);
        try
        {
            await new OutcomeRecorder(access, sessions).RecordAsync(id, mapping.Request, cancellationToken);
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            foreach (var (field, messages) in rule.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(mapping.FormKey(field, nameof(Form)), Explain(field, message));
                }
            }

            return Page();
        }

        TempData[nameof(WeekModel.Notice)] = text["Outcome recorded: {0}, {1}.", Details.Title, Details.CohortName].Value;
        return Redirect("/coach/week");
    }

    /// <summary>Moves, cancels, records a no-show or corrects the outcome; a refusal shows next to its field.</summary>
    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(SessionChangeActions.Prefix, StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        Change ??= new SessionChangeForm();
        Change.SessionId = id;
        ChangePosted = true;
        if (await changes.RunAsync(Change, Details, ModelState, cancellationToken) is not { } notice)
        {
            Form = OutcomeForm.For(Details.Companies.Select(c => c.Id));
            return Page();
        }

        Notice = notice;
        return RedirectToPage(new { id });
    }

    /// <summary>The company named by an attendance row.</summary>
    public string CompanyName(Guid companyId) => Details.Companies.FirstOrDefault(c => c.Id == companyId)?.Name ?? companyId.ToString();

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var (session, cohort) = await access.RequireSessionAsync(id, cancellationToken: cancellationToken);
        OwnSession = cohort.CoachId is { } own && session.CoachId == own;
        Details = await new SessionReader(domain, clock).ReadAsync(session, cohort, cancellationToken);
    }

    /// <summary>
    /// A box whose posted value is not a yes or no cannot be drawn again with that value: its error moves next to the
    /// attendance list and the box is drawn from the model (unticked).
    /// </summary>
    private void KeepUnreadAttendanceNextToTheList()
    {
        var prefix = $"{nameof(Form)}.{nameof(OutcomeForm.Attendance)}";
        foreach (var entry in ModelState.Where(e => e.Key.StartsWith(prefix + "[", StringComparison.Ordinal)).Select(e => e.Value).OfType<ModelStateEntry>().Where(e => e.Errors.Count > 0).ToList())
        {
            entry.RawValue = null;
            entry.AttemptedValue = null;
            foreach (var error in entry.Errors.ToList())
            {
                ModelState.AddModelError(prefix, error.ErrorMessage);
            }
        }
    }

    /// <summary>The problem in the reader's language: the page's own wording for what the form can get wrong.</summary>
    private string Explain(string field, string message) => LimitText.TryLocalize(message, text) ?? field switch
    {
        "sessionId" when Details.Outcome is not null => text["The outcome of this session was recorded already, by {0}.", Details.Outcome.RecordedBy],
        "sessionId" when !TakenPlace => text["This session has not taken place yet: record its outcome once it has."],
        "sessionId" => text[message],
        _ when field.StartsWith("attendance", StringComparison.Ordinal) => text["Tick the companies that attended, among those the session expects."],
        _ => text[message],
    };
}
