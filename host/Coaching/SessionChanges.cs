using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Coaching;

/// <summary>
/// Plans change on one session for the signed-in user, from the API or the pages: only the session's own coach or its
/// programme's manager may (<see cref="UserAccess.RequireSessionAsync"/> with <c>record</c>), then
/// <see cref="SessionChangeService"/> writes the change, its audit entry and the signal its workflow waits for.
/// </summary>
/// <param name="access">The signed-in user's rights.</param>
/// <param name="changes">The domain's session changes.</param>
public sealed class SessionChanges(UserAccess access, SessionChangeService changes)
{
    /// <summary>Moves the session to another time, with a reason.</summary>
    /// <exception cref="AccessDeniedException">Neither its coach nor its programme's manager.</exception>
    /// <exception cref="DomainRuleException">No such session (404), bad input (400), held or cancelled (409).</exception>
    public async Task RescheduleAsync(Guid sessionId, DateTimeOffset? at, string? reason, CancellationToken cancellationToken = default)
    {
        var coachId = await CoachIdAsync(sessionId, cancellationToken);
        await changes.RescheduleAsync(sessionId, at, reason, access.Email, coachId, cancellationToken);
    }

    /// <summary>Cancels the session, with a reason.</summary>
    /// <exception cref="AccessDeniedException">Neither its coach nor its programme's manager.</exception>
    /// <exception cref="DomainRuleException">No such session (404), no reason (400), held or cancelled (409).</exception>
    public async Task CancelAsync(Guid sessionId, string? reason, CancellationToken cancellationToken = default)
    {
        var coachId = await CoachIdAsync(sessionId, cancellationToken);
        await changes.CancelAsync(sessionId, reason, access.Email, coachId, cancellationToken);
    }

    /// <summary>Records that the company did not come.</summary>
    /// <exception cref="AccessDeniedException">Neither its coach nor its programme's manager.</exception>
    /// <exception cref="DomainRuleException">No such session (404), an event or still to come (400), recorded or cancelled (409).</exception>
    public async Task RecordNoShowAsync(Guid sessionId, string? notes, CancellationToken cancellationToken = default)
    {
        var coachId = await CoachIdAsync(sessionId, cancellationToken);
        await changes.RecordNoShowAsync(sessionId, notes, access.Email, coachId, cancellationToken);
    }

    /// <summary>Corrects the recorded outcome (or, with <paramref name="noShow"/>, says the company did not come after all).</summary>
    /// <exception cref="AccessDeniedException">Neither its coach nor its programme's manager.</exception>
    /// <exception cref="DomainRuleException">No such session (404), a wrong report (400), nothing to correct (409).</exception>
    public async Task CorrectAsync(Guid sessionId, OutcomeRequest request, bool noShow, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (session, cohort) = await access.RequireSessionAsync(sessionId, record: true, cancellationToken);
        IReadOnlyList<Attendance> attendance = [];
        IReadOnlyList<ActionItem> actions = [];
        if (!noShow)
        {
            (attendance, actions) = OutcomeRules.Check(session, request);
        }

        var coachId = cohort.CoachId is { } own && session.CoachId == own ? own : (Guid?)null;
        var report = new SessionOutcomeReport(sessionId, coachId, access.Email, attendance, request.Notes?.Trim(), actions, request.Visitors);
        await changes.CorrectOutcomeAsync(report, noShow, cancellationToken);
    }

    private async Task<Guid?> CoachIdAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var (session, cohort) = await access.RequireSessionAsync(sessionId, record: true, cancellationToken);
        return cohort.CoachId is { } own && session.CoachId == own ? own : null;
    }
}
