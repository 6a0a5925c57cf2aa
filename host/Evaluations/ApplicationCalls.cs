using Cohorts.Host.Access;
using Cohorts.Workflows.Evaluations;

namespace Cohorts.Host.Evaluations;

/// <summary>A manager's application call and applicants, for the pages and the API alike: access checked, then the domain's service.</summary>
public sealed class ApplicationCalls(UserAccess access, ApplicationCallService calls, EvaluationQueries queries)
{
    /// <summary>Opens the cohort's call with a form (a new link: its token is answered once).</summary>
    public async Task<CallOpened> OpenAsync(Guid cohortId, string? formId, DateTimeOffset? closesAt, CancellationToken cancellationToken = default)
    {
        await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        return await calls.OpenAsync(cohortId, formId, closesAt, access.Email, cancellationToken);
    }

    /// <summary>Closes the cohort's call.</summary>
    public async Task<ApplicationCall> CloseAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        return await calls.CloseAsync(cohortId, access.Email, cancellationToken);
    }

    /// <summary>Re-opens the cohort's call with its link.</summary>
    public async Task<ApplicationCall> ReopenAsync(Guid cohortId, DateTimeOffset? closesAt, CancellationToken cancellationToken = default)
    {
        await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        return await calls.ReopenAsync(cohortId, closesAt, access.Email, cancellationToken);
    }

    /// <summary>Reads the cohort's call (null: none) and its applications.</summary>
    public async Task<(CohortAccess Cohort, ApplicationCall? Call, IReadOnlyList<ApplicationRecord> Applications)> ReadAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var cohort = await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        return (cohort, await calls.FindAsync(cohortId, cancellationToken), await queries.ApplicationsAsync(cohortId, cancellationToken));
    }
}
