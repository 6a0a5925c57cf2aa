using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>A manager's choice of coach for a company, overriding the AssignCoach activity's.</summary>
public sealed class CoachAssignmentService
{
    private readonly CohortsStore _store;
    private readonly SignalOutbox _outbox;
    private readonly TimeProvider _time;

    internal CoachAssignmentService(CohortsStore store, SignalOutbox outbox, TimeProvider time)
    {
        _store = store;
        _outbox = outbox;
        _time = time;
    }

    /// <summary>
    /// Assigns a coach to a company (its upcoming sessions not yet held move to the new coach) and, in the same
    /// transaction, owes the signal <c>coach-assigned</c> (key <c>company-{id}</c>) to its workflow through the outbox,
    /// delivered right after the commit: a company whose AssignCoach activity waits because no coach had room goes on
    /// with this coach; otherwise the reassignment stands on its own.
    /// </summary>
    /// <exception cref="DomainRuleException">
    /// The company or coach does not exist; the coach belongs to another cohort or is at capacity; the company is not
    /// in the programme (not accepted yet, or finished).
    /// </exception>
    /// <param name="companyId">The company.</param>
    /// <param name="coachId">Its new coach.</param>
    /// <param name="actor">Who decides (recorded in the audit trail with the change).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<CoachAssignment> AssignAsync(Guid companyId, Guid coachId, string? actor = null, CancellationToken cancellationToken = default)
    {
        var (assignment, owed) = await _store.WriteAsync(
            async db =>
            {
                var made = await AssignAsync(db, companyId, coachId, cancellationToken);
                var now = _time.GetUtcNow();
                if (made.PreviousCoachId != coachId)
                {
                    AuditLog.Add(db, now, actor, AuditActions.CoachChanged, await db.Companies.Where(c => c.Id == companyId).Select(c => c.CohortId).SingleAsync(cancellationToken), companyId, coachId.ToString(), new JsonObject { ["coachId"] = coachId.ToString(), ["previousCoachId"] = made.PreviousCoachId?.ToString(), ["sessionsMoved"] = made.SessionsMoved });
                }

                var payload = new JsonObject { ["coachId"] = coachId.ToString() };
                var key = CohortSignals.CompanyKey(companyId);
                return (made, SignalOutbox.Add(db, CohortSignals.CoachAssigned, key, payload, $"{key}-coach-{Guid.CreateVersion7(now):N}", now));
            },
            cancellationToken);
        var signalled = await _outbox.DeliverAsync(owed.Id, CancellationToken.None);
        return assignment with { WorkflowResumed = signalled?.ResumedCount > 0 };
    }

    private async Task<CoachAssignment> AssignAsync(CohortsDbContext db, Guid companyId, Guid coachId, CancellationToken cancellationToken)
    {
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken)
            ?? throw DomainRuleException.NotFound("companyId", "company", companyId);
        var coach = await db.Coaches.AsNoTracking().SingleOrDefaultAsync(c => c.Id == coachId, cancellationToken)
            ?? throw DomainRuleException.NotFound("coachId", "coach", coachId);
        if (coach.CohortId != company.CohortId)
        {
            throw new DomainRuleException("coachId", $"{coach.Name} coaches another cohort than {company.Name}'s.");
        }

        if (company.Status is not (CompanyStatus.Accepted or CompanyStatus.Active))
        {
            throw new DomainRuleException("companyId", $"{company.Name} is not in the programme ({company.Status}): only accepted or active companies get a coach.");
        }

        var previous = company.CoachId;
        if (previous == coachId)
        {
            return new CoachAssignment(companyId, coachId, previous, 0, false);
        }

        var load = CoachLoads.Load(await CoachLoads.ReadAsync(db, company.CohortId, company.Id, cancellationToken), coach);
        if (load >= coach.Capacity)
        {
            throw new DomainRuleException("coachId", $"{coach.Name} is at capacity ({load} of {coach.Capacity} companies).");
        }

        company.AssignCoach(coachId);
        var moved = 0;
        if (previous is { } previousId)
        {
            var now = _time.GetUtcNow();
            var upcoming = await db.Sessions
                .Where(s => s.CoachId == previousId && s.PlannedAt > now && s.CompanyIds.Contains(companyId))
                .ToListAsync(cancellationToken);
            var previousEmail = await DomainQueries.For(db).CoachEmail(db, previousId, cancellationToken);
            foreach (var session in upcoming.Where(s => !s.IsSettled))
            {
                session.ReassignCoach(coachId);
                moved++;

                // Both coaches hear of it, each with an .ics, in the same transaction (mail outbox): the new one's
                // calendar gets the event, the previous one's drops it (a higher SEQUENCE for both).
                var sequence = CalendarSequence.At(now);
                await MailsOwed.SessionAsync(db, $"session-{session.Id:D}/moved-{coachId:N}-{now.UtcTicks}", "session-moved", session, coach.Email, sequence, now, cancellationToken);
                if (previousEmail is not null)
                {
                    await MailsOwed.SessionAsync(db, $"session-{session.Id:D}/handed-over-{previousId:N}-{now.UtcTicks}", "session-handed-over", session, previousEmail, sequence, now, cancellationToken, ("coach", coach.Name));
                }

                // So does the company: its session is now with the new coach, to whom its replies go.
                await MailsOwed.CompaniesOfSessionAsync(db, $"session-{session.Id:D}/handed-over-{now.UtcTicks}", "company-session-handed-over", session, sequence, now, cancellationToken);
            }
        }

        return new CoachAssignment(companyId, coachId, previous, moved, false);
    }
}
