using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// A manager screens the company's application: unless <see cref="AutoAccept"/>, waits for the signal
/// <c>screening-decided</c> (key <c>company-${companyId}</c>, payload <c>{ "decision": "accepted|waitlisted|rejected",
/// "reasons": "...", "shareReasons"?: false to keep the reasons out of the company's e-mail }</c>), sets the company's status and the variable <c>screening</c> (the decision), and completes
/// with outcome <c>Accepted</c> or <c>Rejected</c>. A waitlisted company is not finished: its status is recorded and the
/// activity waits for a later decision (accepted or rejected), which resumes its journey. An accepted company is also
/// expected at its cohort's collective events still to come.
/// </summary>
[ActivityType("Screening")]
public sealed class Screening : Activity
{
    /// <summary>Gets a value indicating whether every application is accepted without waiting for a manager.</summary>
    public bool AutoAccept { get; init; }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var companyId = ActivityValues.RequireGuid(context, "companyId", "Screening");
        if (AutoAccept)
        {
            return await DecideAsync(context, companyId, ScreeningDecision.Accepted, "Accepted automatically.", null, shareReasons: false);
        }

        return ActivityResult.Suspend(BookmarkRequest.Signal(CohortSignals.ScreeningDecided, CohortSignals.CompanyKey(companyId)));
    }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resumption);
        var companyId = ActivityValues.RequireGuid(context, "companyId", "Screening");
        var text = ActivityValues.ReadString(resumption.Payload, "decision");
        if (!EnumNames.TryParse<ScreeningDecision>(text, out var decision))
        {
            WorkflowsLog.SignalIgnored(ActivityValues.Logger(context), CohortSignals.ScreeningDecided, CohortSignals.CompanyKey(companyId), $"'{text}' is not accepted, waitlisted or rejected");
            return ActivityResult.Suspend(BookmarkRequest.Signal(CohortSignals.ScreeningDecided, CohortSignals.CompanyKey(companyId)));
        }

        var shareReasons = resumption.Payload?["shareReasons"] is not JsonValue share || !share.TryGetValue<bool>(out var shared) || shared;
        if (decision == ScreeningDecision.Waitlisted)
        {
            // On the waiting list: recorded (status, e-mail, audit), and the company waits for a later accept or reject.
            await DecideAsync(context, companyId, decision, ActivityValues.ReadString(resumption.Payload, "reasons"), ActivityValues.ReadString(resumption.Payload, "decidedBy"), shareReasons);
            return ActivityResult.Suspend(BookmarkRequest.Signal(CohortSignals.ScreeningDecided, CohortSignals.CompanyKey(companyId)));
        }

        return await DecideAsync(context, companyId, decision, ActivityValues.ReadString(resumption.Payload, "reasons"), ActivityValues.ReadString(resumption.Payload, "decidedBy"), shareReasons);
    }

    private static async Task<ActivityResult> DecideAsync(ActivityContext context, Guid companyId, ScreeningDecision decision, string? reasons, string? decidedBy, bool shareReasons)
    {
        var status = decision switch
        {
            ScreeningDecision.Accepted => CompanyStatus.Accepted,
            ScreeningDecision.Waitlisted => CompanyStatus.Waitlisted,
            _ => CompanyStatus.Rejected,
        };
        await ActivityValues.Store(context).WriteAsync(
            async db =>
            {
                var company = await DomainQueries.For(db).CompanyById(db, companyId, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Company {companyId} does not exist: it cannot be screened.");

                // A replayed step finds the status set already; a company coached since is not moved back.
                if (company.Status is CompanyStatus.Applied or CompanyStatus.Waitlisted)
                {
                    company.Screen(status, string.IsNullOrWhiteSpace(reasons) ? null : reasons.Trim(), decidedBy, context.Now);

                    // The company's contact hears of it in the same transaction (mail outbox), with the reasons unless
                    // the manager chose to keep them (payload "shareReasons": false).
                    await MailsOwed.ScreeningAsync(db, company, decision.ToString().ToLowerInvariant(), shareReasons ? reasons : null, context.Now, context.CancellationToken);
                    AuditLog.Add(db, context.Now, decidedBy, AuditActions.CompanyScreened, company.CohortId, company.Id, company.Id.ToString(), new JsonObject { ["decision"] = decision.ToString(), ["reasons"] = company.StatusReason });
                }

                if (status == CompanyStatus.Accepted)
                {
                    // Collective events expect the companies accepted when they were planned, which, planned ahead
                    // (RecurringSessions' planAhead), may be before this screening: those still to come expect it too,
                    // in the same transaction as its status (Expect is idempotent, so a replay changes nothing).
                    var now = context.Now;
                    var upcoming = await db.Sessions
                        .Where(s => s.CohortId == company.CohortId && s.CoachId == null && s.Outcome == null && s.CancelledAt == null && s.PlannedAt > now)
                        .ToListAsync(context.CancellationToken);
                    foreach (var session in upcoming)
                    {
                        session.Expect(companyId);
                    }
                }
            },
            context.CancellationToken);
        var name = decision.ToString();
        context.SetVariable("screening", name.ToLowerInvariant());
        return ActivityResult.Complete(name, new JsonObject { ["decision"] = name.ToLowerInvariant(), ["reasons"] = reasons });
    }
}
