using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Manage;

/// <summary>A manager's changes to a cohort's companies: adding one, correcting one's details, withdrawing one or marking it dropped out.</summary>
public sealed class CompanyChanges(UserAccess access, CompanyChangeService changes, CompanyDetailsService details)
{
    /// <summary>Adds a company to a launched cohort; its journey starts where the cohort is.</summary>
    /// <exception cref="AccessDeniedException">The user does not manage the cohort.</exception>
    /// <exception cref="DomainRuleException">No such cohort (404), bad input or a cohort not running (400), a name taken (409).</exception>
    public async Task<Company> AddAsync(Guid cohortId, CompanyApplication application, CancellationToken cancellationToken = default)
    {
        await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        return await changes.AddAsync(cohortId, application, access.Email, cancellationToken);
    }

    /// <summary>Corrects a company's details (name, sector, headcount, town, contact, contact's language, needs).</summary>
    /// <exception cref="AccessDeniedException">The user does not manage its cohort.</exception>
    /// <exception cref="DomainRuleException">No such company (404), bad input or an archived cohort (400), a name taken (409).</exception>
    public async Task<CompanyDetailsChange> ChangeDetailsAsync(Guid companyId, CompanyDetails companyDetails, CancellationToken cancellationToken = default)
    {
        await access.RequireCompanyManagerAsync(companyId, cancellationToken);
        return await details.ChangeAsync(companyId, companyDetails, access.Email, cancellationToken);
    }

    /// <summary>Ends a company's journey: withdrawn, or dropped out, with a reason.</summary>
    /// <exception cref="AccessDeniedException">The user does not manage its cohort.</exception>
    /// <exception cref="DomainRuleException">No such company (404), no reason (400), its journey over (409).</exception>
    public async Task<(Company Company, int SessionsCancelled)> WithdrawAsync(Guid companyId, string? reason, bool droppedOut, CancellationToken cancellationToken = default)
    {
        await access.RequireCompanyManagerAsync(companyId, cancellationToken);
        return await changes.WithdrawAsync(companyId, reason, droppedOut, access.Email, cancellationToken);
    }
}
