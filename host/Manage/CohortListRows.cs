using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Manage;

/// <summary>
/// Every cohort with its programme and what its list line counts, read at one data version: companies per cohort and
/// coach, and the unsettled sessions (no outcome, not cancelled) per cohort with their coach and planned time, from
/// which the sessions late at any moment are counted.
/// </summary>
/// <param name="Version">The database's data version they were read at (null: not to be kept).</param>
/// <param name="Cohorts">Every cohort.</param>
/// <param name="Programmes">Every programme, by id.</param>
/// <param name="Companies">Companies per cohort and coach (a null coach: none assigned).</param>
/// <param name="Unsettled">Unsettled sessions per cohort: their coach and planned time, earliest first.</param>
internal sealed record CohortListRows(
    long? Version,
    IReadOnlyList<Cohort> Cohorts,
    IReadOnlyDictionary<string, Programme> Programmes,
    IReadOnlyDictionary<Guid, IReadOnlyList<(Guid? CoachId, int Count)>> Companies,
    IReadOnlyDictionary<Guid, IReadOnlyList<(Guid? CoachId, DateTimeOffset PlannedAt)>> Unsettled)
{
    private Dictionary<Guid, Cohort>? _byId;

    /// <summary>Finds a cohort by id (null: no such cohort).</summary>
    public Cohort? Find(Guid cohortId) => (_byId ??= Cohorts.ToDictionary(c => c.Id)).GetValueOrDefault(cohortId);

    /// <summary>The companies a cohort's line counts: all of them, or one coach's.</summary>
    public int CountCompanies(Guid cohortId, bool all, Guid? coachId) =>
        Companies.TryGetValue(cohortId, out var counts) ? counts.Where(c => all || c.CoachId == coachId).Sum(c => c.Count) : 0;

    /// <summary>The first moment after <paramref name="now"/> at which an unsettled session of these cohorts becomes late.</summary>
    public DateTimeOffset NextLate(IEnumerable<Guid> cohortIds, DateTimeOffset now)
    {
        var next = DateTimeOffset.MaxValue;
        foreach (var cohortId in cohortIds)
        {
            if (Unsettled.TryGetValue(cohortId, out var sessions))
            {
                foreach (var (_, plannedAt) in sessions)
                {
                    if (plannedAt >= now)
                    {
                        next = plannedAt < next ? plannedAt : next;
                        break;
                    }
                }
            }
        }

        return next;
    }

    /// <summary>The sessions late at <paramref name="now"/> a cohort's line counts: all of them, or one coach's.</summary>
    public int CountLate(Guid cohortId, bool all, Guid? coachId, DateTimeOffset now)
    {
        if (!Unsettled.TryGetValue(cohortId, out var sessions))
        {
            return 0;
        }

        var late = 0;
        foreach (var (coach, plannedAt) in sessions)
        {
            if (plannedAt >= now)
            {
                break;
            }

            late += all || coach == coachId ? 1 : 0;
        }

        return late;
    }
}
