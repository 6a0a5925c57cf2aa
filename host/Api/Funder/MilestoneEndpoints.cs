using Cohorts.Host.Access;
using Cohorts.Host.Reporting;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Api.Funder;

/// <summary>The milestone endpoints: a cohort's milestones, one milestone, a decision.</summary>
internal static class MilestoneEndpoints
{
    public static async Task<Ok<List<MilestoneResponse>>> ListAsync(Guid cohortId, UserAccess access, IDbContextFactory<CohortsDbContext> domain, CancellationToken cancellationToken)
    {
        var rights = await access.RequireCohortViewerAsync(cohortId, cancellationToken);
        var views = await new MilestoneReader(domain).ForCohortAsync(cohortId, rights.SeesAllCompanies ? null : rights.CoachId, cancellationToken);
        return TypedResults.Ok(views.Select(FunderResponses.Milestone).ToList());
    }

    public static async Task<Ok<MilestoneResponse>> GetAsync(Guid milestoneId, UserAccess access, IDbContextFactory<CohortsDbContext> domain, CancellationToken cancellationToken)
    {
        await access.RequireMilestoneAsync(milestoneId, cancellationToken: cancellationToken);
        var view = await new MilestoneReader(domain).ByIdAsync(milestoneId, cancellationToken)
            ?? throw DomainRuleException.NotFound("milestoneId", "milestone", milestoneId);
        return TypedResults.Ok(FunderResponses.Milestone(view));
    }

    public static async Task<Ok<MilestoneResponse>> DecideAsync(
        Guid milestoneId,
        MilestoneDecisionRequest request,
        UserAccess access,
        MilestoneService milestones,
        IDbContextFactory<CohortsDbContext> domain,
        CancellationToken cancellationToken)
    {
        await MilestoneDecisions.DecideAsync(access, milestones, milestoneId, request.Outcome, request.Reason, request.NewDueAt, cancellationToken);
        var view = await new MilestoneReader(domain).ByIdAsync(milestoneId, cancellationToken)
            ?? throw DomainRuleException.NotFound("milestoneId", "milestone", milestoneId);
        return TypedResults.Ok(FunderResponses.Milestone(view));
    }
}
