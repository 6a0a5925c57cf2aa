using Cohorts.Host.Access;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Coaching;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Api.Changes;

/// <summary>
/// Plans change: a session moved, cancelled, marked as a no-show or its outcome corrected (its coach or its programme's
/// manager); a company added to a running cohort, withdrawn or dropped out (the manager).
/// </summary>
internal static class PlanChangeEndpoints
{
    private static readonly int[] Refusals = [StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict];

    public static void MapPlanChangeEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var sessions = api.MapGroup("/sessions/{id:guid}").WithTags("Sessions");
        sessions.MapPost("/reschedule", RescheduleAsync)
            .WithSummary("Moves a session still to be held to another time, with a reason (its coach or its programme's manager); its reminders move with it. 409 once held or cancelled.")
            .Problems(Refusals);
        sessions.MapPost("/cancel", CancelAsync)
            .WithSummary("Cancels a session still to be held, with a reason: neither held nor late, its workflow goes on. 409 once held or cancelled.")
            .Problems(Refusals);
        sessions.MapPost("/no-show", NoShowAsync)
            .WithSummary("Records that the company did not come to its coaching session (once it has taken place): not held, absent. 409 once recorded or cancelled.")
            .Problems(Refusals);
        sessions.MapPut("/outcome", CorrectAsync)
            .WithSummary("Corrects a recorded outcome (the whole outcome again, or noShow: true); audited, the indicators count the new one. 409 when none is recorded.")
            .Problems(Refusals);

        api.MapPost("/cohorts/{id:guid}/companies", AddAsync)
            .WithTags("Cohorts")
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Adds a company to a launched cohort that has not ended: it applies like the others and its sessions start from now. 409 when its name is taken.")
            .Problems(Refusals);
        api.MapPost("/companies/{id:guid}/withdraw", WithdrawAsync)
            .WithTags("Companies")
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Ends a company's journey with a reason (droppedOut: true when it left): its sessions still to come are cancelled, events no longer expect it. 409 when its journey is over.")
            .Problems(Refusals);
    }

    private static async Task<Ok<SessionDetails>> RescheduleAsync(Guid id, RescheduleRequest request, SessionChanges changes, UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, CancellationToken cancellationToken)
    {
        await changes.RescheduleAsync(id, request.At, request.Reason, cancellationToken);
        return await DetailsAsync(id, access, domain, clock, cancellationToken);
    }

    private static async Task<Ok<SessionDetails>> CancelAsync(Guid id, CancelRequest request, SessionChanges changes, UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, CancellationToken cancellationToken)
    {
        await changes.CancelAsync(id, request.Reason, cancellationToken);
        return await DetailsAsync(id, access, domain, clock, cancellationToken);
    }

    private static async Task<Ok<SessionDetails>> NoShowAsync(Guid id, NoShowRequest? request, SessionChanges changes, UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, CancellationToken cancellationToken)
    {
        await changes.RecordNoShowAsync(id, request?.Notes, cancellationToken);
        return await DetailsAsync(id, access, domain, clock, cancellationToken);
    }

    private static async Task<Ok<SessionDetails>> CorrectAsync(Guid id, OutcomeCorrectionRequest request, SessionChanges changes, UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, CancellationToken cancellationToken)
    {
        await changes.CorrectAsync(id, request.ToOutcome(), request.NoShow, cancellationToken);
        return await DetailsAsync(id, access, domain, clock, cancellationToken);
    }

    private static async Task<Created<CompanyView>> AddAsync(Guid id, CompanyApplicationRequest request, CompanyChanges changes, CohortReader reader, CancellationToken cancellationToken)
    {
        var application = new CompanyApplication(request.Name ?? string.Empty, request.Sector ?? string.Empty, request.Headcount ?? throw new DomainRuleException("headcount", "The headcount is required."), request.Location ?? string.Empty, request.ContactEmail ?? string.Empty, request.Needs) { OrganisationId = request.OrganisationId, ContactLanguage = request.ContactLanguage };
        var company = await changes.AddAsync(id, application, cancellationToken);
        return TypedResults.Created($"/api/companies/{company.Id}", await reader.GetCompanyAsync(company.Id, cancellationToken));
    }

    private static async Task<Ok<WithdrawalResponse>> WithdrawAsync(Guid id, WithdrawRequest request, CompanyChanges changes, CohortReader reader, CancellationToken cancellationToken)
    {
        var (_, cancelled) = await changes.WithdrawAsync(id, request.Reason, request.DroppedOut, cancellationToken);
        return TypedResults.Ok(new WithdrawalResponse(await reader.GetCompanyAsync(id, cancellationToken), cancelled));
    }

    private static async Task<Ok<SessionDetails>> DetailsAsync(Guid id, UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (session, cohort) = await access.RequireSessionAsync(id, cancellationToken: cancellationToken);
        return TypedResults.Ok(await new SessionReader(domain, clock).ReadAsync(session, cohort, cancellationToken));
    }
}
