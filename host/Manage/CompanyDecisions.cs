using Cohorts.Host.Access;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Manage;

/// <summary>A manager's decisions on one company: screening its application, choosing its coach.</summary>
public sealed class CompanyDecisions(UserAccess access, ScreeningService screening, CoachAssignmentService coaches)
{
    /// <summary>Decides the company's application: accepted, waitlisted or rejected (with reasons unless accepted).</summary>
    /// <exception cref="DomainRuleException">
    /// No such company (404); screened already (409, naming the decision and who made it); a bad decision, missing
    /// reasons, or not awaiting screening (400).
    /// </exception>
    /// <exception cref="AccessDeniedException">The user does not manage its cohort.</exception>
    public async Task ScreenAsync(Guid companyId, string decision, string? reasons, bool shareReasons = true, CancellationToken cancellationToken = default)
    {
        await access.RequireCompanyManagerAsync(companyId, cancellationToken);
        await screening.DecideAsync(companyId, decision, reasons, access.Email, shareReasons, cancellationToken);
    }

    /// <summary>Gives the company another coach (the manager's override).</summary>
    /// <exception cref="DomainRuleException">No such company or coach (404); the coach is of another cohort or at capacity (400).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage its cohort.</exception>
    public async Task<CoachAssignment> AssignCoachAsync(Guid companyId, Guid coachId, CancellationToken cancellationToken = default)
    {
        await access.RequireCompanyManagerAsync(companyId, cancellationToken);
        return await coaches.AssignAsync(companyId, coachId, access.Email, cancellationToken);
    }
}
