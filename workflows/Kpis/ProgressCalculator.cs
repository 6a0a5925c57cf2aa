using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Kpis;

/// <summary>
/// Computes a cohort's progress from its recorded data: nothing here is stored, so the report can never disagree
/// with the sessions, milestones and companies it counts.
/// </summary>
/// <remarks>
/// <para>The cohort runs from its start date's midnight to the midnight after its end date, in the programme's time
/// zone; the elapsed share is how much of that has passed (0 before, 1 after).</para>
/// <para>Forecasts, for the cohort's end: counts that grow with time (sessions held, milestones passed, visitors,
/// questionnaires) are projected linearly at the rate so far (current ÷ elapsed share) once a tenth of the cohort has
/// passed (before, no forecast: <see cref="KpiStatus.TooEarly"/>), except where the workflows'
/// plan gives the number: milestones passed when the company journey's number of milestones is known
/// (<see cref="ProgressSnapshot.MilestonesPerCompany"/>), those passed plus those still to decide for the companies on
/// course; sessions held when the workflows' sessions are known (<see cref="ProgressSnapshot.SessionsPlanned"/>), those
/// held plus those still to come (<see cref="CohortTotals.SessionsToCome"/>); companies enrolled stay as
/// they are (enrolment happens at the start); companies graduated are those graduated plus those still on course
/// (accepted or active), who graduate if everything goes to plan; the attendance rate is expected to stay where it
/// is. A cancelled session is neither planned, held nor late; a no-show is not held, and its company counts as
/// absent. Withdrawn companies count as enrolled and dropped. Forecasts are rounded to two decimals, percentages to one.</para>
/// <para>Status: met when the value reaches the target (for the attendance rate, only once the cohort has ended:
/// before that a rate can still fall); otherwise on track when the forecast reaches it, at risk when not, missed
/// once the cohort has ended.</para>
/// </remarks>
public static class ProgressCalculator
{
    /// <summary>
    /// The share of the cohort that must have passed before a count that grows with time is projected to its end: one
    /// visitor on the first day of a year is not a forecast of 365.
    /// </summary>
    public const decimal MinimumElapsedToForecast = 0.1m;

    /// <summary>Computes the report.</summary>
    public static ProgressReport Compute(ProgressSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return ProgressBasis.Of(snapshot).At(snapshot.Now);
    }

    internal static IReadOnlyList<KpiProgress> ComputeKpis(ProgressSnapshot snapshot) => Indicators(snapshot).Kpis;

    /// <summary>
    /// Splits the programme's budget between the cohort's funders (or, with none recorded, the co-funder the programme
    /// names, each of its co-funders): each commits its share × the budget; the organiser covers the rest.
    /// </summary>
    internal static BudgetProgress Budget(Programme programme, IReadOnlyList<Funder> cohortFunders, CohortTotals totals)
    {
        var amount = programme.Budget;
        List<FunderCommitment> funders = cohortFunders.Count > 0
            ? [.. cohortFunders.OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Id).Select(f => Commitment(f.Id, f.Name, f.Share, amount))]
            : [.. programme.CoFunders.Select(f => Commitment(null, f.Name, f.Share, amount))];
        decimal? cofundingShare = funders.Count == 0 ? null : funders.Sum(f => f.Share);
        decimal? cofunded = amount is null ? null : funders.Sum(f => f.Committed!.Value);
        return new BudgetProgress(
            amount,
            programme.Currency,
            cofundingShare,
            funders,
            cofunded,
            amount - cofunded,
            amount is { } total && totals.CompaniesEnrolled > 0 ? Round2(total / totals.CompaniesEnrolled) : null);
    }

    /// <summary>The targets in force: the cohort's where it sets one, else the programme's.</summary>
    public static IReadOnlyDictionary<KpiKind, decimal> Targets(Cohort cohort, Programme programme)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(programme);
        var targets = new Dictionary<KpiKind, decimal>();
        foreach (var target in programme.Targets.Concat(cohort.Targets))
        {
            targets[target.Kpi] = target.Target;
        }

        return targets;
    }

    private static (decimal Elapsed, CohortTotals Totals, List<KpiProgress> Kpis) Indicators(ProgressSnapshot snapshot)
    {
        var window = CohortWindow.Of(snapshot.Cohort, snapshot.Programme);
        var elapsed = window.ElapsedShare(snapshot.Now);
        var totals = Totals(snapshot, snapshot.Now);
        var targets = Targets(snapshot.Cohort, snapshot.Programme);
        List<KpiProgress> kpis = [.. Enum.GetValues<KpiKind>().Select(kind => Kpi(kind, totals, targets.TryGetValue(kind, out var target) ? target : null, elapsed, window))];
        return (elapsed, totals, kpis);
    }

    /// <summary>The totals; with no <paramref name="lateAt"/>, no session is counted late.</summary>
    internal static CohortTotals Totals(ProgressSnapshot snapshot, DateTimeOffset? lateAt)
    {
        var sessions = snapshot.Sessions;
        var held = sessions.Where(s => s.IsHeld).ToList();
        var expected = 0;
        var present = 0;
        var questionnaires = new HashSet<Guid>();

        // Attendance counts every recorded outcome: a no-show is not held, but its company was expected and absent.
        foreach (var session in sessions.Where(s => s.Outcome is not null))
        {
            var attended = new PresentCompanies(session);
            var companyIds = session.CompanyIds;
            expected += companyIds.Count;
            for (var position = 0; position < companyIds.Count; position++)
            {
                var companyId = companyIds[position];
                if (!attended.Contains(companyId, position))
                {
                    continue;
                }

                present++;

                // Without answers counted (a preview), a company met at a workshop stop counts as its needs questionnaire, once.
                if (session.Kind == SessionKind.Workshop)
                {
                    questionnaires.Add(companyId);
                }
            }
        }

        var companies = snapshot.Companies;
        return new CohortTotals(
            SessionsPlanned: sessions.Count(s => !s.IsCancelled),
            SessionsHeld: held.Count,
            SessionsLate: lateAt is { } now ? sessions.Count(s => s.IsLate(now)) : 0,
            AttendanceRate: expected == 0 ? null : Round1(100m * present / expected),
            MilestonesPlanned: snapshot.Milestones.Count,
            MilestonesPassed: snapshot.Milestones.Count(m => m.FinalDecision?.Outcome == MilestoneOutcome.Passed),
            MilestonesFailed: snapshot.Milestones.Count(m => m.FinalDecision?.Outcome == MilestoneOutcome.Failed),
            CompaniesEnrolled: companies.Count(c => c.Status is CompanyStatus.Accepted or CompanyStatus.Active or CompanyStatus.Graduated or CompanyStatus.DroppedOut or CompanyStatus.Withdrawn),
            CompaniesActive: companies.Count(IsOnCourse),
            CompaniesGraduated: companies.Count(c => c.Status == CompanyStatus.Graduated),
            CompaniesDropped: companies.Count(c => c.Status is CompanyStatus.DroppedOut or CompanyStatus.Withdrawn),
            Visitors: held.Sum(s => s.Outcome!.Visitors ?? 0),
            QuestionnairesCollected: snapshot.QuestionnairesAnswered ?? questionnaires.Count,
            Members: snapshot.Members,
            MilestonesToCome: MilestonesToCome(snapshot),
            SessionsToCome: SessionsToCome(snapshot));
    }

    /// <summary>
    /// For each company on course, the coaching sessions its journey plans less its planned ones settled already; and
    /// the events the cohort's workflow plans less those settled. A session planned by hand (no workflow step planned
    /// it) is no part of the plan: held, it counts beside it.
    /// </summary>
    private static int? SessionsToCome(ProgressSnapshot snapshot)
    {
        if (snapshot.SessionsPlanned is not { } plan)
        {
            return null;
        }

        var settledByCompany = new Dictionary<Guid, int>();
        var settledEvents = 0;
        foreach (var session in snapshot.Sessions.Where(s => s.PlanKey is not null && s.IsSettled))
        {
            if (session.Kind != SessionKind.Coaching)
            {
                settledEvents++;
                continue;
            }

            foreach (var companyId in session.CompanyIds)
            {
                settledByCompany[companyId] = settledByCompany.GetValueOrDefault(companyId) + 1;
            }
        }

        var start = CohortInput.Start(snapshot.Cohort, CohortWindow.Of(snapshot.Cohort, snapshot.Programme).Zone);
        var companies = snapshot.Companies
            .Where(IsOnCourse)
            .Sum(c => Math.Max(0, plan.ForCompany(start, c.JoinedAt) - settledByCompany.GetValueOrDefault(c.Id)));
        return companies + Math.Max(0, plan.CohortEvents - settledEvents);
    }

    /// <summary>
    /// For each company on course, the milestones its journey plans less those decided for it already (a milestone
    /// planned twice, or one more than the journey's number, leaves none to come).
    /// </summary>
    private static int? MilestonesToCome(ProgressSnapshot snapshot)
    {
        if (snapshot.MilestonesPerCompany is not { } perCompany)
        {
            return null;
        }

        var decided = snapshot.Milestones
            .Where(m => m.CompanyId is not null && m.FinalDecision is not null)
            .GroupBy(m => m.CompanyId!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        return snapshot.Companies
            .Where(IsOnCourse)
            .Sum(c => Math.Max(0, perCompany - decided.GetValueOrDefault(c.Id)));
    }

    /// <summary>Whether a company is in the programme now: accepted or coached.</summary>
    private static bool IsOnCourse(Company company) => company.Status is CompanyStatus.Accepted or CompanyStatus.Active;

    internal static KpiProgress Kpi(KpiKind kind, CohortTotals totals, decimal? target, decimal elapsed, CohortWindow window)
    {
        var ended = elapsed >= 1m;
        decimal? current = kind switch
        {
            KpiKind.CompaniesEnrolled => totals.CompaniesEnrolled,
            KpiKind.SessionsHeld => totals.SessionsHeld,
            KpiKind.AttendanceRate => totals.AttendanceRate,
            KpiKind.MilestonesPassed => totals.MilestonesPassed,
            KpiKind.CompaniesGraduated => totals.CompaniesGraduated,
            KpiKind.Visitors => totals.Visitors,
            KpiKind.QuestionnairesCollected => totals.QuestionnairesCollected,
            KpiKind.Members => totals.Members,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an indicator."),
        };
        // Milestones and sessions fall on their workflows' dates, not at an even rate: with the plan known, those still
        // to come are expected to pass or be held, as companies on course are expected to graduate.
        var toCome = kind switch
        {
            KpiKind.MilestonesPassed => totals.MilestonesToCome,
            KpiKind.SessionsHeld => totals.SessionsToCome,
            _ => null,
        };
        var planned = toCome is not null;
        var grows = !planned && kind is KpiKind.SessionsHeld or KpiKind.MilestonesPassed or KpiKind.Visitors or KpiKind.QuestionnairesCollected or KpiKind.Members;
        var tooEarly = grows && !ended && elapsed < MinimumElapsedToForecast;
        decimal? forecast = current is not { } value ? null
            : ended ? value
            : planned ? value + toCome!.Value
            : tooEarly ? null
            : grows ? Round2(value / elapsed)
            : kind == KpiKind.CompaniesGraduated ? value + totals.CompaniesActive
            : value;
        decimal? percent = target is not { } t || current is not { } c ? null : t == 0m ? 100m : Round1(100m * c / t);
        var status = target is not { } goal ? KpiStatus.NoTarget
            : current is not { } now ? KpiStatus.NoData
            : now >= goal && (kind != KpiKind.AttendanceRate || ended) ? KpiStatus.Met
            : ended ? KpiStatus.Missed
            : tooEarly ? KpiStatus.TooEarly
            : forecast >= goal ? KpiStatus.OnTrack
            : KpiStatus.AtRisk;
        DateOnly? reach = grows && status is KpiStatus.OnTrack or KpiStatus.AtRisk && current > 0m && elapsed > 0m
            ? window.DateAt(elapsed * target!.Value / current!.Value)
            : null;
        return new KpiProgress(kind, current, target, percent, forecast, status, reach);
    }

    private static FunderCommitment Commitment(Guid? id, string name, decimal share, decimal? budget) =>
        new(id, name, share, budget is { } amount ? Round2(share * amount) : null);

    internal static decimal Round1(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
