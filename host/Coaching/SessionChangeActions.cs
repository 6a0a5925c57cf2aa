using Cohorts.Host.Localization;
using Cohorts.Host.Web;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Coaching;

/// <summary>
/// Runs a session change posted from a page (the coach's session page, the manager's company page) through
/// <see cref="SessionChanges"/>: a refusal goes next to its field (<c>Change.At</c>, <c>Change.Reason</c>,
/// <c>Change.Confirm</c>, <c>Change.Notes</c>, else <c>Change</c>) in the reader's language, and nothing changes.
/// </summary>
public sealed class SessionChangeActions(SessionChanges changes, IStringLocalizer<ChangesText> text, HumanText human)
{
    /// <summary>The key prefix of the form's fields in the page's model state.</summary>
    public const string Prefix = "Change";

    /// <summary>Runs the change; answers the notice to show, or null when refused (the errors are in <paramref name="state"/>).</summary>
    public async Task<string?> RunAsync(SessionChangeForm form, SessionDetails session, ModelStateDictionary state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsValid)
        {
            return null; // a value of the change that cannot be read (a box's "maybe", a time): said next to it, nothing changed
        }

        if (form.Action is "cancel" or "no-show" && !form.Confirm)
        {
            state.AddModelError($"{Prefix}.Confirm", text["Tick the box to confirm."]);
            return null;
        }

        try
        {
            switch (form.Action)
            {
                case "reschedule":
                    DateTimeOffset? at = form.At is { } local ? TypedInstants.At(local, human.TimeZone, "at") : null;
                    await changes.RescheduleAsync(session.Id, at, form.Reason, cancellationToken);
                    return session.Kind == SessionKind.Coaching
                        ? text["“{0}” moved to {1}.", session.Title, Say(at!.Value)]
                        : text["The event “{0}” is moved to {1}.", session.Title, Say(at!.Value)];
                case "cancel":
                    await changes.CancelAsync(session.Id, form.Reason, cancellationToken);
                    return session.Kind == SessionKind.Coaching ? text["“{0}” cancelled.", session.Title] : text["The event “{0}” is cancelled.", session.Title];
                case "no-show":
                    await changes.RecordNoShowAsync(session.Id, form.Notes, cancellationToken);
                    return text["“{0}”: no-show recorded.", session.Title];
                case "correct":
                    var actions = session.Outcome?.Actions.Select(a => new ActionRequest(a.Description, a.Owner, a.DueOn)).ToList() ?? [];
                    var attendance = session.Companies.Select(c => (AttendanceRequest?)new AttendanceRequest(c.Id, form.Present)).ToList();
                    await changes.CorrectAsync(session.Id, new OutcomeRequest(attendance, form.Notes, actions, session.Outcome?.Visitors), noShow: !form.Present, cancellationToken);
                    return text["The outcome of “{0}” was corrected.", session.Title];
                default:
                    state.AddModelError(Prefix, text["Choose a change."]);
                    return null;
            }
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            foreach (var (field, messages) in rule.Errors)
            {
                foreach (var message in messages)
                {
                    state.AddModelError(Key(field), Explain(field, message, form, rule.IsConflict));
                }
            }

            return null;
        }
    }

    private static string Key(string field) => field switch
    {
        "at" => $"{Prefix}.At",
        "reason" => $"{Prefix}.Reason",
        "notes" => $"{Prefix}.Notes",
        _ => Prefix,
    };

    private string Say(DateTimeOffset instant) =>
        human.DateAndTime(instant);

    private string Explain(string field, string message, SessionChangeForm form, bool conflict) => LimitText.TryLocalize(message, text) ?? field switch
    {
        "at" when form.At is null => text["Choose the new date and time."],
        "at" when message == TypedInstants.Skipped => text[TypedInstants.Skipped],
        "at" => text["Choose a date and time still to come."],
        "reason" => text["Say why."],
        "notes" => text["Write a few words on what was done and said."],
        _ when field.StartsWith("attendance", StringComparison.Ordinal) => text["Say whether the company came."],
        _ when conflict => text["This session was held or cancelled already: nothing was changed."],
        _ when form.Action == "no-show" => text["This session has not taken place yet: a no-show is recorded once it has."],
        _ => text["This change is not possible for this session."],
    };
}
