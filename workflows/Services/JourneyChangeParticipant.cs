using System.Text.Json.Nodes;
using Cohorts.Engine.InstanceMigration;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>
/// What a person's change to a journey's workflow instance means to the domain, written in the engine's step so that
/// both commit or neither does. A cancelled journey cancels its plans: a company's coaching sessions still to come
/// (collective events to come no longer expect it) and its milestones not decided yet; a cohort-wide journey, the
/// cohort's events to come and its cohort-wide milestones. Its reminders and escalations were timers of the cancelled
/// instance, so none is owed any more. A company journey moved to a newer version takes its cohort there (companies
/// added later start on it). A cancel, a migration or a skip done by a person writes its audit row.
/// </summary>
/// <param name="store">The domain store.</param>
internal sealed class JourneyChangeParticipant(CohortsStore store) : IInstanceChangeParticipant
{
    public async Task OnChangingAsync(InstanceChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await new StepStore(store, change.Transaction).WriteAsync(
            async db =>
            {
                var instanceId = change.Instance.Id;
                await Forms.Collection.FormWithdrawal.WithdrawAsync(db, change.Instance, change.Kind == InstanceChangeKind.Cancelled, cancellationToken);
                var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.InstanceId == instanceId, cancellationToken);
                var cohortId = company?.CohortId
                    ?? await db.Cohorts.AsNoTracking().Where(k => k.CohortInstanceId == instanceId).Select(k => (Guid?)k.Id).SingleOrDefaultAsync(cancellationToken);
                if (cohortId is not { } cohort)
                {
                    return; // not a journey of this domain
                }

                var by = string.IsNullOrWhiteSpace(change.Actor) ? AuditLog.System : change.Actor.Trim();
                JsonObject data;
                string action;
                switch (change.Kind)
                {
                    case InstanceChangeKind.Cancelled:
                        var reason = string.IsNullOrWhiteSpace(change.Reason) ? "Journey cancelled" : change.Reason;
                        var (sessions, milestones) = await CancelPlansAsync(db, cohort, company?.Id, reason, by, change.Now, cancellationToken);
                        if (change.Actor is null)
                        {
                            return; // a cancel by the system (a company withdrawn) is audited by its own service
                        }

                        (action, data) = (AuditActions.JourneyCancelled, new JsonObject { ["reason"] = change.Reason, ["sessionsCancelled"] = sessions, ["milestonesCancelled"] = milestones });
                        break;
                    case InstanceChangeKind.Migrated:
                        if (company is not null && await db.Cohorts.SingleOrDefaultAsync(k => k.Id == cohort, cancellationToken) is { } moved)
                        {
                            moved.FollowVersion(change.Instance.DefinitionVersion);
                        }

                        (action, data) = (AuditActions.JourneyMigrated, new JsonObject { ["from"] = change.FromVersion, ["to"] = change.Instance.DefinitionVersion });
                        break;
                    default:
                        (action, data) = (AuditActions.StepSkipped, new JsonObject { ["reason"] = change.Reason });
                        break;
                }

                AuditLog.Add(db, change.Now, by, action, cohort, company?.Id, instanceId.ToString(), data);
            },
            cancellationToken);
    }

    private static async Task<(int Sessions, int Milestones)> CancelPlansAsync(CohortsDbContext db, Guid cohortId, Guid? companyId, string reason, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions
            .Where(s => s.CohortId == cohortId && s.PlannedAt > now && s.Outcome == null && s.CancelledAt == null)
            .ToListAsync(cancellationToken);
        var cancelled = 0;
        foreach (var session in sessions)
        {
            if (companyId is { } company)
            {
                if (!session.CompanyIds.Contains(company))
                {
                    continue;
                }

                if (session.CoachId is null)
                {
                    session.Unexpect(company);
                    continue;
                }
            }
            else if (session.CoachId is not null)
            {
                continue; // a cohort-wide journey plans the collective events only
            }

            session.Cancel(reason, by, now);
            cancelled++;
        }

        var milestones = await db.Milestones.Where(m => m.CohortId == cohortId && m.CompanyId == companyId).ToListAsync(cancellationToken);
        var milestonesCancelled = milestones.Count(m => m.Cancel(reason, by, now));
        return (cancelled, milestonesCancelled);
    }
}
