using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// Gives the company (variable <c>companyId</c>) a coach of its cohort: among coaches with a free place, the one whose
/// expertise matches most of the company's needs, ties to the coach with fewest companies, then by name. Sets the
/// company's coach and status (Active) and the variable <c>coachId</c>; outcome <c>Assigned</c>. When every coach is
/// full, waits for a manager to assign one (signal <c>coach-assigned</c>, key <c>company-${companyId}</c>).
/// A company that has a coach already keeps it.
/// </summary>
[ActivityType("AssignCoach")]
public sealed class AssignCoach : Activity
{
    /// <summary>The outcome once the company has a coach.</summary>
    public const string Assigned = "Assigned";

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var companyId = ActivityValues.RequireGuid(context, "companyId", "AssignCoach");
        var (coachId, cohortId) = await ActivityValues.Store(context).WriteAsync(db => PickAsync(db, companyId, context.CancellationToken), context.CancellationToken);
        if (coachId is { } id)
        {
            return Complete(context, id);
        }

        WorkflowsLog.NoCoachAvailable(ActivityValues.Logger(context), cohortId, companyId);
        return Wait(companyId);
    }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resumption);
        var companyId = ActivityValues.RequireGuid(context, "companyId", "AssignCoach");

        // The manager's assignment (CoachAssignmentService) is in the database already; a bare signal naming a coach
        // of the cohort is applied here.
        var requested = ActivityValues.ParseGuid((resumption.Payload as JsonObject)?["coachId"]);
        var coachId = await ActivityValues.Store(context).WriteAsync(
            async db =>
            {
                var company = await DomainQueries.For(db).CompanyById(db, companyId, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Company {companyId} does not exist: no coach can be assigned to it.");
                if (company.CoachId is null && requested is { } wanted
                    && await db.Coaches.AnyAsync(c => c.Id == wanted && c.CohortId == company.CohortId, context.CancellationToken))
                {
                    Assign(company, wanted);
                }

                return company.CoachId;
            },
            context.CancellationToken);
        if (coachId is { } id)
        {
            return Complete(context, id);
        }

        WorkflowsLog.SignalIgnored(ActivityValues.Logger(context), CohortSignals.CoachAssigned, CohortSignals.CompanyKey(companyId), "it names no coach of the company's cohort");
        return Wait(companyId);
    }

    private static async Task<(Guid? CoachId, Guid CohortId)> PickAsync(CohortsDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        var queries = DomainQueries.For(db);
        var company = await queries.CompanyById(db, companyId, cancellationToken)
            ?? throw new InvalidOperationException($"Company {companyId} does not exist: no coach can be assigned to it.");
        if (company.Status is not (CompanyStatus.Applied or CompanyStatus.Accepted or CompanyStatus.Active))
        {
            throw new InvalidOperationException($"{company.Name} is not in the programme (status {company.Status}): it gets no coach.");
        }

        if (company.CoachId is { } existing)
        {
            Assign(company, existing); // a replayed step, or a manager who chose first
            return (existing, company.CohortId);
        }

        var coaches = await queries.CohortCoaches(db, company.CohortId).ToListAsync(cancellationToken);
        var loads = await CoachLoads.ReadAsync(db, company.CohortId, company.Id, cancellationToken);
        if (CoachLoads.Pick(coaches, loads, company.Needs) is not { } coach)
        {
            return (null, company.CohortId);
        }

        Assign(company, coach.Id);
        return (coach.Id, company.CohortId);
    }

    private static void Assign(Company company, Guid coachId)
    {
        company.AssignCoach(coachId);
        if (company.Status == CompanyStatus.Applied)
        {
            company.MoveTo(CompanyStatus.Active, company.StatusReason); // a journey without screening
        }
    }

    private static ActivityResult Complete(ActivityContext context, Guid coachId)
    {
        context.SetVariable("coachId", coachId.ToString());
        return ActivityResult.Complete(Assigned, new JsonObject { ["coachId"] = coachId.ToString() });
    }

    private static ActivityResult Wait(Guid companyId) =>
        ActivityResult.Suspend(BookmarkRequest.Signal(CohortSignals.CoachAssigned, CohortSignals.CompanyKey(companyId)));
}
