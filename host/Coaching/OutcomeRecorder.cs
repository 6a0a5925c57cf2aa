using Cohorts.Host.Access;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Coaching;

/// <summary>
/// Records a session's outcome for the signed-in user, from the API or the outcome page: only the session's own coach
/// or its programme's manager may (<see cref="UserAccess.RequireSessionAsync"/>); the report is checked
/// (<see cref="OutcomeRules"/>), then <see cref="SessionService.RecordOutcomeAsync"/> stores it and resumes the
/// waiting workflow.
/// </summary>
/// <param name="access">The signed-in user's rights.</param>
/// <param name="sessions">The domain's session service.</param>
public sealed class OutcomeRecorder(UserAccess access, SessionService sessions)
{
    /// <summary>Records the outcome of a session.</summary>
    /// <exception cref="AccessDeniedException">The user is neither the session's coach nor its programme's manager.</exception>
    /// <exception cref="DomainRuleException">No such session (404), or the report is wrong or comes twice (400).</exception>
    public async Task<Cohorts.Workflows.WalkIns.SessionOutcomeResult> RecordAsync(Guid sessionId, OutcomeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (session, cohort) = await access.RequireSessionAsync(sessionId, record: true, cancellationToken);
        var (attendance, actions) = OutcomeRules.Check(session, request);

        // The session's own coach reports as its coach; a manager reports without a coach record.
        var coachId = cohort.CoachId is { } own && session.CoachId == own ? own : (Guid?)null;
        var report = new SessionOutcomeReport(sessionId, coachId, access.Email, attendance, request.Notes?.Trim(), actions, request.Visitors) { WalkIns = request.WalkIns };
        return await sessions.RecordAsync(report, cancellationToken);
    }
}
