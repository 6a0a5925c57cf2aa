using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Kpis;

/// <summary>One company's counts, gathered in one pass over the cohort's sessions and milestones.</summary>
internal sealed class CompanyTally
{
    public int Planned { get; private set; }

    public int Held { get; private set; }

    public int Late { get; private set; }

    public int Recorded { get; private set; }

    public int Attended { get; private set; }

    public int MilestonesPassed { get; private set; }

    public static Dictionary<Guid, CompanyTally> Count(ProgressSnapshot snapshot, DateTimeOffset? lateAt)
    {
        var tallies = snapshot.Companies.ToDictionary(c => c.Id, _ => new CompanyTally());
        foreach (var session in snapshot.Sessions.Where(s => !s.IsCancelled))
        {
            var late = lateAt is { } now && session.IsLate(now);
            var present = new PresentCompanies(session);
            var companyIds = session.CompanyIds;
            for (var position = 0; position < companyIds.Count; position++)
            {
                var companyId = companyIds[position];
                if (!tallies.TryGetValue(companyId, out var tally))
                {
                    continue;
                }

                tally.Planned++;
                tally.Late += late ? 1 : 0;
                if (session.Outcome is not null)
                {
                    // A no-show is not held but counts against attendance.
                    tally.Held += session.IsHeld ? 1 : 0;
                    tally.Recorded++;
                    tally.Attended += present.Contains(companyId, position) ? 1 : 0;
                }
            }
        }

        foreach (var milestone in snapshot.Milestones)
        {
            if (milestone.CompanyId is { } companyId && tallies.TryGetValue(companyId, out var tally) && milestone.FinalDecision?.Outcome == MilestoneOutcome.Passed)
            {
                tally.MilestonesPassed++;
            }
        }

        return tallies;
    }

    public CompanyProgress ToProgress(Company company, int moreLate = 0) => new(
        company.Id,
        company.Name,
        company.Status,
        SessionsPlanned: Planned,
        SessionsHeld: Held,
        SessionsLate: Late + moreLate,
        AttendanceRate: Recorded == 0 ? null : ProgressCalculator.Round1(100m * Attended / Recorded),
        MilestonesPassed: MilestonesPassed);
}
