using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>
/// Adds a funder to a cohort after its creation (a co-funder who joins during the year, a second person of a funding
/// body): from then on the funder sees the cohort's progress, its reports and its milestones, and decides those a
/// funder decides. The shares of a cohort's funders never add up to more than its budget.
/// </summary>
public sealed class CohortFunderService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal CohortFunderService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>
    /// Adds a funder to a cohort that is not archived, with <paramref name="alongside"/>'s rows (their invitation) in
    /// the same transaction.
    /// </summary>
    /// <returns>The funder added.</returns>
    /// <exception cref="DomainRuleException">
    /// No such cohort (404); the funder is wrong, the share is more than the budget left, or the cohort is archived or
    /// has its most funders (400, by field); the cohort has a funder with that address already (409).
    /// </exception>
    public async Task<Funder> AddAsync(Guid cohortId, FunderShare funder, string? actor, AlongsideWrite? alongside, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(funder);
        var problems = new Problems();
        CohortPlanValidator.CheckFunder(funder, string.Empty, problems);
        problems.ThrowIfAny();
        var now = _time.GetUtcNow();
        return await _store.WriteAsync(
            async db =>
            {
                var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
                if (cohort.ArchivedAt is not null)
                {
                    throw new DomainRuleException("cohortId", $"Cohort '{cohort.Name}' is archived: restore it to add a funder.");
                }

                var email = funder.Email.Trim();
                var funders = await db.Funders.AsNoTracking().Where(f => f.CohortId == cohortId).Select(f => new { f.Email, f.Share }).ToListAsync(cancellationToken);
                if (funders.Exists(f => string.Equals(f.Email, email, StringComparison.OrdinalIgnoreCase)))
                {
                    throw DomainRuleException.RecordedAlready("email", $"Cohort '{cohort.Name}' has a funder with the e-mail address '{email}' already.");
                }

                if (funders.Count >= InputLimits.MaxFundersPerCohort)
                {
                    throw new DomainRuleException("cohortId", string.Create(CultureInfo.InvariantCulture, $"Cohort '{cohort.Name}' has {InputLimits.MaxFundersPerCohort} funders already, the most a cohort may."));
                }

                var left = 1m - funders.Sum(f => f.Share);
                if (funder.Share > left)
                {
                    var (covered, rest) = (Percent(1m - left), Percent(left));
                    throw new DomainRuleException("share", $"The cohort's funders cover {covered}% of its budget already: a share of at most {rest}% is left.");
                }

                var added = new Funder(Guid.CreateVersion7(now), cohortId, funder.Name.Trim(), email, funder.Share);
                db.Funders.Add(added);
                AuditLog.Add(db, now, actor, AuditActions.FunderAdded, cohortId, subjectId: added.Id.ToString(), data: new JsonObject { ["funderId"] = added.Id.ToString(), ["name"] = added.Name, ["email"] = added.Email, ["share"] = added.Share });
                if (alongside is not null)
                {
                    await alongside(db, cancellationToken);
                }

                return added;
            },
            cancellationToken);
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture);
}
