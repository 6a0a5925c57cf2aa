using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Evaluations;

/// <summary>What the pages and the API read of applications and rounds: a cohort's applicants and rounds, a round's summary, an evaluator's assignments, one application.</summary>
public sealed class EvaluationQueries
{
    private readonly CohortsStore _store;

    internal EvaluationQueries(CohortsStore store) => _store = store;

    /// <summary>Gets the cohort's applications through its call, newest first.</summary>
    public Task<IReadOnlyList<ApplicationRecord>> ApplicationsAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync<IReadOnlyList<ApplicationRecord>>(
            async db =>
            {
                var applications = await db.Applications.AsNoTracking().Where(a => a.CohortId == cohortId).OrderByDescending(a => a.SubmittedAt).ToListAsync(cancellationToken);
                var ids = applications.Select(a => a.CompanyId).ToList();
                var companies = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
                return [.. applications.Where(a => companies.ContainsKey(a.CompanyId)).Select(a => new ApplicationRecord(companies[a.CompanyId], a, null))];
            },
            cancellationToken);

    /// <summary>Gets one applicant with its answers and the form version they answer.</summary>
    /// <exception cref="DomainRuleException">No such company (404).</exception>
    public Task<ApplicationRecord> ApplicationAsync(Guid companyId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("companyId", "company", companyId);
                var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.CompanyId == companyId, cancellationToken);
                if (application is null)
                {
                    return new ApplicationRecord(company, null, null);
                }

                var call = await db.ApplicationCalls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
                var version = await db.FormVersions.AsNoTracking()
                    .SingleOrDefaultAsync(v => v.ProgrammeId == call.ProgrammeId && v.FormId == application.FormId && v.Version == application.FormVersion, cancellationToken);
                return new ApplicationRecord(company, application, version?.ReadDefinition());
            },
            cancellationToken);

    /// <summary>Gets the cohort's rounds, by number.</summary>
    public Task<IReadOnlyList<EvaluationRound>> RoundsAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync<IReadOnlyList<EvaluationRound>>(
            async db => await db.EvaluationRounds.AsNoTracking().Where(r => r.CohortId == cohortId).OrderBy(r => r.Number).ToListAsync(cancellationToken),
            cancellationToken);

    /// <summary>Gets a round's summary: averages, spread and missing scores per application.</summary>
    /// <exception cref="DomainRuleException">No such round (404).</exception>
    public Task<RoundSummary> SummaryAsync(Guid roundId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                var round = await db.EvaluationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("roundId", "round", roundId);
                var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == round.CohortId, cancellationToken);
                var evaluators = await db.RoundEvaluators.AsNoTracking().Where(e => e.RoundId == roundId).OrderBy(e => e.Email).ToListAsync(cancellationToken);
                var applications = await db.RoundApplications.AsNoTracking().Where(a => a.RoundId == roundId).ToListAsync(cancellationToken);
                var ids = applications.Select(a => a.CompanyId).ToList();
                var companies = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
                var scores = await db.EvaluationScores.AsNoTracking().Where(s => s.RoundId == roundId).ToListAsync(cancellationToken);
                var summaries = applications
                    .Where(a => companies.ContainsKey(a.CompanyId))
                    .Select(a => Summarise(round.Rubric, companies[a.CompanyId], a.Advanced, evaluators.Where(e => e.Assigned.Contains(a.CompanyId)).ToList(), scores.Where(s => s.CompanyId == a.CompanyId).ToList()))
                    .OrderBy(s => s.Average is null)
                    .ThenByDescending(s => s.Average)
                    .ThenBy(s => s.CompanyName, StringComparer.CurrentCulture)
                    .ToList();
                return new RoundSummary(round, cohort.Name, evaluators, summaries);
            },
            cancellationToken);

    /// <summary>Gets the applications assigned to an evaluator in the rounds given (their open rounds, as the host's access found them).</summary>
    public Task<IReadOnlyList<Assignment>> AssignmentsAsync(IReadOnlyList<RoundEvaluator> mine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mine);
        return _store.ReadAsync<IReadOnlyList<Assignment>>(
            async db =>
            {
                var roundIds = mine.Select(m => m.RoundId).ToList();
                var rounds = await db.EvaluationRounds.AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
                var cohortIds = rounds.Values.Select(r => r.CohortId).Distinct().ToList();
                var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
                var companyIds = mine.SelectMany(m => m.Assigned).Distinct().ToList();
                var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
                var emails = mine.Select(m => m.Email).Distinct().ToList();
                var scores = await db.EvaluationScores.AsNoTracking().Where(s => roundIds.Contains(s.RoundId) && emails.Contains(s.Evaluator)).ToListAsync(cancellationToken);
                return [.. mine
                    .Where(m => rounds.ContainsKey(m.RoundId))
                    .SelectMany(m => m.Assigned.Where(companies.ContainsKey).Select(id => new Assignment(
                        rounds[m.RoundId],
                        cohorts.GetValueOrDefault(rounds[m.RoundId].CohortId, string.Empty),
                        id,
                        companies[id],
                        [.. scores.Where(s => s.RoundId == m.RoundId && s.CompanyId == id && s.Evaluator == m.Email)])))
                    .OrderBy(a => a.Round.OpenedAt)
                    .ThenBy(a => a.CompanyName, StringComparer.CurrentCulture)];
            },
            cancellationToken);
    }

    private static ApplicationSummary Summarise(Rubric rubric, Domain.Company company, bool advanced, List<RoundEvaluator> evaluators, List<EvaluationScore> scores)
    {
        var results = evaluators.Select(e =>
        {
            var own = scores.Where(s => s.Evaluator == e.Email).ToList();
            return new EvaluatorResult(e.Email, e.Name, rubric.Score(own.ToDictionary(s => s.CriterionId, s => s.Value, StringComparer.Ordinal)), own);
        }).ToList();
        var complete = results.Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
        var (mean, lowest, highest, deviation) = RoundStatistics.Of(complete);
        var criteria = rubric.Criteria.Select(c =>
        {
            var values = results.SelectMany(r => r.Scores).Where(s => s.CriterionId == c.Id).Select(s => (decimal)s.Value).ToList();
            return new CriterionMean(c.Id, values.Count == 0 ? null : Math.Round(values.Average(), 2), values.Count);
        }).ToList();
        return new ApplicationSummary(company.Id, company.Name, company.Status, advanced, mean, lowest, highest, deviation, results, criteria, [.. results.Where(r => r.Score is null).Select(r => r.Email)]);
    }
}
