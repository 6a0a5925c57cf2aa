using Cohorts.Host.Access;
using Cohorts.Host.Coaching;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Events;

/// <summary>
/// A collective event's details and, while it is not recorded and has taken place, the form recording its outcome
/// (attendance per company, visitors counted, notes); once recorded, expected against actual. For whoever
/// <see cref="UserAccess.RequireSessionAsync"/> lets see the event (its programme's managers and named organisers record
/// it; the coach of one of its companies reads it). Records through the same <see cref="OutcomeRecorder"/> as the API.
/// </summary>
[Authorize]
public sealed class EventModel(
    UserAccess access,
    IDbContextFactory<CohortsDbContext> domain,
    TimeProvider clock,
    SessionService sessions,
    SessionChangeActions changes,
    IStringLocalizer<EventText> text,
    IStringLocalizer<CoachText> coachText,
    IStringLocalizer<TourText> tourText) : PageModel
{
    public SessionDetails Details { get; private set; } = null!;

    /// <summary>Gets a value indicating whether the user runs the cohort's events (the events list is theirs to go back to).</summary>
    public bool RunsEvents { get; private set; }

    /// <summary>Gets a value indicating whether the event has taken place (an outcome can be recorded).</summary>
    public bool TakenPlace => Details.PlannedAt <= clock.GetUtcNow();

    [BindProperty]
    public OutcomeForm Form { get; set; } = new();

    /// <summary>Gets or sets the change form posted (move, cancel).</summary>
    [BindProperty]
    public SessionChangeForm? Change { get; set; }

    /// <summary>Gets a value indicating whether the form posted is a change (its errors go with the change forms).</summary>
    public bool ChangePosted { get; private set; }

    /// <summary>Gets the change forms' model (moving or cancelling the event, for its programme's managers).</summary>
    public SessionChangeBox ChangeBox => new(Details, ChangePosted ? Change : null, clock.GetUtcNow());

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await LoadAsync(sessionId, cancellationToken);
        Form = OutcomeForm.For(Details.Companies.Select(c => c.Id));
    }

    public async Task<IActionResult> OnPostAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await LoadAsync(sessionId, cancellationToken);

        // The events form has no action rows: none are posted, none are recorded.
        Form.Actions.Clear();
        if (!ModelState.IsValid)
        {
            KeepUnreadAttendanceNextToTheList();
            return Page();
        }

        var mapping = OutcomeFormMapping.From(Form);
        Cohorts.Workflows.WalkIns.SessionOutcomeResult recorded;
        try
        {
            recorded = await new OutcomeRecorder(access, sessions).RecordAsync(sessionId, mapping.Request, cancellationToken);
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

        Notice = text["Outcome recorded: {0}.", Details.Title].Value;
        if (recorded.WalkIns.Count > 0)
        {
            Notice += " " + tourText["Walk-ins recorded: {0} added, {1} already in the cohort.", recorded.WalkIns.Count(w => !w.Matched), recorded.WalkIns.Count(w => w.Matched)].Value;
        }

        return Redirect($"/manage/events/{sessionId}");
    }

    /// <summary>Moves or cancels the event (its programme's managers); a refusal shows next to its field.</summary>
    public async Task<IActionResult> OnPostChangeAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await LoadAsync(sessionId, cancellationToken);
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(SessionChangeActions.Prefix, StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        Change ??= new SessionChangeForm();
        Change.SessionId = sessionId;
        ChangePosted = true;
        if (await changes.RunAsync(Change, Details, ModelState, cancellationToken) is not { } notice)
        {
            Form = OutcomeForm.For(Details.Companies.Select(c => c.Id));
            return Page();
        }

        Notice = notice;
        return Redirect($"/manage/events/{sessionId}");
    }

    /// <summary>The company named by an attendance row.</summary>
    public string CompanyName(Guid companyId) => Details.Companies.FirstOrDefault(c => c.Id == companyId)?.Name ?? companyId.ToString();

    private async Task LoadAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var (session, cohort) = await access.RequireSessionAsync(sessionId, cancellationToken: cancellationToken);
        if (session.CoachId is not null)
        {
            // A coaching session is not an event: its page is the coach's.
            throw DomainRuleException.NotFound("sessionId", "event", sessionId);
        }

        Details = await new SessionReader(domain, clock).ReadAsync(session, cohort, cancellationToken);
        RunsEvents = cohort.RunsEvents;
    }

    /// <summary>A box whose posted value is not a yes or no: its error moves next to the attendance list, the box drawn unticked.</summary>
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

    /// <summary>The problem in the reader's language.</summary>
    private string Explain(string field, string message) => LimitText.TryLocalize(message, text) ?? field switch
    {
        "sessionId" when Details.Outcome is not null => text["The outcome of this event was recorded already, by {0}.", Details.Outcome.RecordedBy],
        "sessionId" => text["This event has not taken place yet: record its outcome once it has."],
        "notes" => text["Write a few words on how the event went."],
        "visitors" => text["Visitors are counted from 0: give a whole number."],
        _ when field.StartsWith("walkIns", StringComparison.Ordinal) => WalkInLines.Explain(field, message, tourText),
        _ when field.StartsWith("attendance", StringComparison.Ordinal) => text["Tick the companies that came, among those the event expects."],
        _ => coachText[message],
    };
}
