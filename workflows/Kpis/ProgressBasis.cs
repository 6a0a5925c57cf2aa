using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Kpis;

/// <summary>
/// What a cohort's progress report needs from its recorded data, counted once: everything but what the clock alone
/// changes. <see cref="At"/> completes it at any moment: which sessions are late (the unsettled ones planned before
/// then), the elapsed share, the forecasts and statuses. <c>ProgressCalculator.Compute(snapshot)</c> is
/// <c>ProgressBasis.Of(snapshot).At(snapshot.Now)</c>, so a basis kept while its data is unchanged gives the same report
/// as a computation from the rows at that moment.
/// </summary>
public sealed class ProgressBasis
{
    private readonly CohortWindow _window;
    private readonly IReadOnlyDictionary<KpiKind, decimal> _targets;
    private readonly CohortTotals _totals;
    private readonly (Company Company, CompanyTally Tally)[] _companies;
    private readonly Dictionary<Guid, int> _companyIndex;
    private readonly (DateTimeOffset PlannedAt, IReadOnlyList<Guid> CompanyIds)[] _unsettled;

    private ProgressBasis(ProgressSnapshot snapshot)
    {
        Cohort = snapshot.Cohort;
        Programme = snapshot.Programme;
        Funders = snapshot.Funders;
        _window = CohortWindow.Of(snapshot.Cohort, snapshot.Programme);
        _targets = ProgressCalculator.Targets(snapshot.Cohort, snapshot.Programme);
        _totals = ProgressCalculator.Totals(snapshot, lateAt: null);
        var tallies = CompanyTally.Count(snapshot, lateAt: null);
        _companies = [.. snapshot.Companies
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Id)
            .Select(c => (c, tallies.GetValueOrDefault(c.Id, new CompanyTally())))];
        _companyIndex = [];
        for (var i = 0; i < _companies.Length; i++)
        {
            _companyIndex.TryAdd(_companies[i].Company.Id, i);
        }

        // A session can only become late by the clock's moving if it is not settled (no outcome, not cancelled).
        _unsettled = [.. snapshot.Sessions.Where(s => !s.IsSettled).Select(s => (s.PlannedAt, s.CompanyIds))];
    }

    /// <summary>Gets the cohort.</summary>
    public Cohort Cohort { get; }

    /// <summary>Gets its programme.</summary>
    public Programme Programme { get; }

    /// <summary>Gets the cohort's funders.</summary>
    public IReadOnlyList<Funder> Funders { get; }

    /// <summary>Counts the snapshot's data (its <see cref="ProgressSnapshot.Now"/> is not used).</summary>
    public static ProgressBasis Of(ProgressSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ProgressBasis(snapshot);
    }

    /// <summary>The report at <paramref name="now"/>.</summary>
    public ProgressReport At(DateTimeOffset now)
    {
        var late = new int[_companies.Length];
        var sessionsLate = 0;
        foreach (var (plannedAt, companyIds) in _unsettled)
        {
            if (plannedAt >= now)
            {
                continue;
            }

            sessionsLate++;
            foreach (var companyId in companyIds)
            {
                if (_companyIndex.TryGetValue(companyId, out var index))
                {
                    late[index]++;
                }
            }
        }

        var totals = _totals with { SessionsLate = sessionsLate };
        var elapsed = _window.ElapsedShare(now);
        List<KpiProgress> kpis = [.. Enum.GetValues<KpiKind>().Select(kind => ProgressCalculator.Kpi(kind, totals, _targets.TryGetValue(kind, out var target) ? target : null, elapsed, _window))];
        List<CompanyProgress> companies = [.. _companies.Select((c, i) => c.Tally.ToProgress(c.Company, late[i]))];
        return new ProgressReport(Cohort.Id, now, elapsed, totals, kpis, companies) { Budget = ProgressCalculator.Budget(Programme, Funders, totals) };
    }
}
