using Cohorts.Host.Access;
using Cohorts.Host.Coaching;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Api.Coach;

/// <summary>A session's details, and recording its outcome.</summary>
internal static class SessionHandlers
{
    public static async Task<Ok<SessionDetails>> GetAsync(
        Guid id,
        UserAccess access,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (session, cohort) = await access.RequireSessionAsync(id, cancellationToken: cancellationToken);
        return TypedResults.Ok(await new SessionReader(domain, clock).ReadAsync(session, cohort, cancellationToken));
    }

    public static async Task<Ok<SessionDetails>> RecordOutcomeAsync(
        Guid id,
        OutcomeRequest request,
        UserAccess access,
        SessionService sessions,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var recorded = await new OutcomeRecorder(access, sessions).RecordAsync(id, request, cancellationToken);
        var (session, cohort) = await access.RequireSessionAsync(id, cancellationToken: cancellationToken);
        var details = await new SessionReader(domain, clock).ReadAsync(session, cohort, cancellationToken);
        return TypedResults.Ok(recorded.WalkIns.Count == 0 ? details : details with { WalkIns = recorded.WalkIns });
    }
}
