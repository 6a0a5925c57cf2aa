using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Evaluations;

/// <summary>
/// A cohort's rounds of scored screening, as its manager runs them: open one (round 1 takes the applicants not yet
/// decided, round n+1 those advanced from round n), close it advancing some, and record that an application of a
/// round was decided. Each with its audit entry in its transaction; access is the caller's to check.
/// </summary>
public sealed class EvaluationRoundService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal EvaluationRoundService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Opens the cohort's next round.</summary>
    /// <exception cref="DomainRuleException">
    /// No such cohort (404); the plan is wrong (400, by path); a round is still open (409); no application to evaluate,
    /// an assigned company not in the round, or too many rounds (400).
    /// </exception>
    public Task<EvaluationRound> OpenAsync(Guid cohortId, RoundPlan plan, string? actor, CancellationToken cancellationToken = default) =>
        OpenAsync(cohortId, plan, actor, alongside: null, cancellationToken);

    /// <summary>Opens the cohort's next round, with <paramref name="alongside"/>'s rows in the same transaction (the evaluators' invitations).</summary>
    /// <exception cref="DomainRuleException">As <see cref="OpenAsync(Guid, RoundPlan, string?, CancellationToken)"/>.</exception>
    public Task<EvaluationRound> OpenAsync(Guid cohortId, RoundPlan plan, string? actor, AlongsideWrite? alongside, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (name, rubric, evaluators) = RoundPlanRules.Check(plan);
        var now = _time.GetUtcNow();
        var by = string.IsNullOrWhiteSpace(actor) ? AuditLog.System : actor.Trim();
        return _store.WriteAsync(
            async db =>
            {
                if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId, cancellationToken))
                {
                    throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
                }

                var last = await db.EvaluationRounds.AsNoTracking().Where(r => r.CohortId == cohortId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
                if (last is { ClosedAt: null })
                {
                    throw DomainRuleException.RecordedAlready("cohortId", $"Round {last.Number} ({last.Name}) is still open: close it first.");
                }

                if (last?.Number >= ScreeningLimits.MaxRounds)
                {
                    throw new DomainRuleException("cohortId", $"A cohort has at most {ScreeningLimits.MaxRounds} rounds.");
                }

                var applications = last is null
                    ? await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId && c.Status == CompanyStatus.Applied).Select(c => c.Id).ToListAsync(cancellationToken)
                    : await db.RoundApplications.AsNoTracking().Where(a => a.RoundId == last.Id && a.Advanced).Select(a => a.CompanyId).ToListAsync(cancellationToken);
                if (applications.Count == 0)
                {
                    throw new DomainRuleException("cohortId", last is null
                        ? "No application waits for a decision in this cohort."
                        : $"No application was advanced from round {last.Number}.");
                }

                var problems = new Problems();
                for (var i = 0; i < evaluators.Count; i++)
                {
                    var assigned = evaluators[i].CompanyIds ?? [];
                    for (var j = 0; j < assigned.Count; j++)
                    {
                        if (!applications.Contains(assigned[j]))
                        {
                            problems.Add($"evaluators[{i}].companyIds[{j}]", $"No application of this round has the company id '{assigned[j]}'.");
                        }
                    }
                }

                problems.ThrowIfAny();
                var round = new EvaluationRound(Guid.CreateVersion7(now), cohortId, (last?.Number ?? 0) + 1, name, rubric, now, by);
                db.EvaluationRounds.Add(round);
                db.RoundApplications.AddRange(applications.Select(id => new RoundApplication(round.Id, id)));
                db.RoundEvaluators.AddRange(evaluators.Select(e => new RoundEvaluator(round.Id, e.Email!, e.Name, e.CompanyIds is { Count: > 0 } ids ? [.. ids.Distinct()] : applications)));
                AuditLog.Add(db, now, by, AuditActions.RoundOpened, cohortId, subjectId: round.Id.ToString(), data: new JsonObject
                {
                    ["roundId"] = round.Id,
                    ["number"] = round.Number,
                    ["name"] = round.Name,
                    ["criteria"] = new JsonArray([.. rubric.Criteria.Select(c => JsonValue.Create(c.Id))]),
                    ["evaluators"] = new JsonArray([.. evaluators.Select(e => JsonValue.Create(e.Email))]),
                    ["applications"] = applications.Count,
                });
                if (alongside is not null)
                {
                    await alongside(db, cancellationToken);
                }

                return round;
            },
            cancellationToken);
    }

    /// <summary>Closes a round, advancing <paramref name="advance"/> (companies of the round) to the next one; the evaluators' access ends.</summary>
    /// <exception cref="DomainRuleException">No such round (404); it is closed already (409); an advanced company is not in it (400, <c>advance[i]</c>).</exception>
    public Task<EvaluationRound> CloseAsync(Guid roundId, IReadOnlyList<Guid>? advance, string? actor, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var by = string.IsNullOrWhiteSpace(actor) ? AuditLog.System : actor.Trim();
        var advanced = advance ?? [];
        var problems = new Problems();
        problems.MaxCount("advance", advanced.Count, InputLimits.MaxCompaniesPerCohort);
        problems.ThrowIfAny();
        return _store.WriteAsync(
            async db =>
            {
                var round = await db.EvaluationRounds.SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("roundId", "round", roundId);
                if (round.IsClosed)
                {
                    throw DomainRuleException.RecordedAlready("roundId", $"Round {round.Number} ({round.Name}) was closed already, by {round.ClosedBy}.");
                }

                var applications = await db.RoundApplications.Where(a => a.RoundId == roundId).ToDictionaryAsync(a => a.CompanyId, cancellationToken);
                for (var i = 0; i < advanced.Count; i++)
                {
                    if (applications.TryGetValue(advanced[i], out var application))
                    {
                        application.Advance();
                    }
                    else
                    {
                        problems.Add($"advance[{i}]", $"No application of this round has the company id '{advanced[i]}'.");
                    }
                }

                problems.ThrowIfAny();
                round.Close(now, by);
                AuditLog.Add(db, now, by, AuditActions.RoundClosed, round.CohortId, subjectId: round.Id.ToString(), data: new JsonObject
                {
                    ["roundId"] = round.Id,
                    ["number"] = round.Number,
                    ["advanced"] = new JsonArray([.. advanced.Distinct().Select(id => JsonValue.Create(id))]),
                });
                return round;
            },
            cancellationToken);
    }

    /// <summary>Checks that the company's application is in the round, before the manager decides it.</summary>
    /// <exception cref="DomainRuleException">No such round (404), or the company is not in it (404).</exception>
    public Task<EvaluationRound> RequireApplicationAsync(Guid roundId, Guid companyId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                var round = await db.EvaluationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("roundId", "round", roundId);
                return await db.RoundApplications.AnyAsync(a => a.RoundId == roundId && a.CompanyId == companyId, cancellationToken)
                    ? round
                    : throw new DomainRuleException("companyId", $"Round {round.Number} has no application of company '{companyId}'.", isNotFound: true);
            },
            cancellationToken);

    /// <summary>Records that an application of a round was decided (the decision itself is the Screening activity's, audited there).</summary>
    public Task RecordDecisionAsync(EvaluationRound round, Guid companyId, string decision, decimal? average, string? actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        var now = _time.GetUtcNow();
        return _store.WriteAsync(
            db =>
            {
                AuditLog.Add(db, now, actor, AuditActions.EvaluationDecided, round.CohortId, companyId, round.Id.ToString(), new JsonObject
                {
                    ["roundId"] = round.Id,
                    ["number"] = round.Number,
                    ["decision"] = decision,
                    ["average"] = average,
                });
                return Task.CompletedTask;
            },
            cancellationToken);
    }
}
