using Cohorts.Host.Access;
using Cohorts.Host.Coaching;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Api.Coach;

/// <summary>The signed-in coach's sessions and companies, across every cohort they coach in.</summary>
internal static class AgendaHandlers
{
    public static async Task<Ok<IReadOnlyList<CoachSession>>> SessionsAsync(
        DateTimeOffset? from,
        DateTimeOffset? to,
        HttpRequest request,
        UserAccess access,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        QueryInstants.Check(request, nameof(from));
        QueryInstants.Check(request, nameof(to));
        InputLimits.CheckDate(nameof(from), from);
        InputLimits.CheckDate(nameof(to), to);
        var coachIds = await CoachIdsAsync(access, cancellationToken);
        return TypedResults.Ok(await new CoachAgenda(domain, clock).GetSessionsAsync(coachIds, from, to, cancellationToken));
    }

    public static async Task<Ok<IReadOnlyList<CoachCompany>>> CompaniesAsync(
        UserAccess access,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var coachIds = await CoachIdsAsync(access, cancellationToken);
        return TypedResults.Ok(await new CoachAgenda(domain, clock).GetCompaniesAsync(coachIds, cancellationToken));
    }

    public static async Task<IReadOnlyList<Guid>> CoachIdsAsync(UserAccess access, CancellationToken cancellationToken) =>
        [.. (await access.GetCoachRecordsAsync(cancellationToken)).Select(c => c.Id)];
}
