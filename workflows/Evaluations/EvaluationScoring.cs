using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Evaluations;

/// <summary>
/// An evaluator's scores of one application in an open round: each criterion's value within its scale and a comment,
/// given or changed (the criteria not sent keep what they had), with an audit entry holding the previous values.
/// Whether the evaluator may is the caller's to check (the host's <c>UserAccess</c>); this checks the assignment again.
/// </summary>
public sealed class EvaluationScoring
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal EvaluationScoring(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Records <paramref name="evaluator"/>'s scores of the company's application in the round.</summary>
    /// <returns>The evaluator's scores of that application now.</returns>
    /// <exception cref="DomainRuleException">
    /// No such round (404); the round is closed (400, <c>roundId</c>); the application is not assigned to the evaluator
    /// (404, <c>companyId</c>); a score is wrong (400, <c>scores[i].value</c>, <c>scores[i].criterionId</c>, <c>scores[i].comment</c>).
    /// </exception>
    public Task<IReadOnlyList<EvaluationScore>> ScoreAsync(Guid roundId, Guid companyId, string evaluator, IReadOnlyList<ScoreInput?>? scores, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(evaluator);
        var email = evaluator.Trim().ToLowerInvariant();
        var now = _time.GetUtcNow();
        return _store.WriteAsync<IReadOnlyList<EvaluationScore>>(
            async db =>
            {
                var round = await db.EvaluationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("roundId", "round", roundId);
                if (round.IsClosed)
                {
                    throw new DomainRuleException("roundId", $"Round {round.Number} ({round.Name}) is closed: its scores no longer change.");
                }

                var assignment = await db.RoundEvaluators.AsNoTracking().SingleOrDefaultAsync(e => e.RoundId == roundId && e.Email == email, cancellationToken);
                if (assignment is null || !assignment.Assigned.Contains(companyId))
                {
                    throw new DomainRuleException("companyId", $"This application is not assigned to {email} in round {round.Number}.", isNotFound: true);
                }

                var valid = Check(round.Rubric, scores);
                var existing = await db.EvaluationScores.Where(s => s.RoundId == roundId && s.CompanyId == companyId && s.Evaluator == email).ToListAsync(cancellationToken);
                var changes = new JsonArray();
                foreach (var (criterion, value, comment) in valid)
                {
                    var row = existing.SingleOrDefault(s => s.CriterionId == criterion.Id);
                    if (row is null)
                    {
                        row = new EvaluationScore(roundId, companyId, email, criterion.Id, value, comment, now);
                        db.EvaluationScores.Add(row);
                        existing.Add(row);
                        changes.Add(new JsonObject { ["criterionId"] = criterion.Id, ["value"] = value, ["comment"] = comment });
                    }
                    else if (row.Value != value || row.Comment != comment)
                    {
                        changes.Add(new JsonObject { ["criterionId"] = criterion.Id, ["value"] = value, ["comment"] = comment, ["previousValue"] = row.Value, ["previousComment"] = row.Comment });
                        row.Change(value, comment, now);
                    }
                }

                if (changes.Count > 0)
                {
                    AuditLog.Add(db, now, email, AuditActions.ApplicationScored, round.CohortId, companyId, round.Id.ToString(), new JsonObject
                    {
                        ["roundId"] = round.Id,
                        ["number"] = round.Number,
                        ["scores"] = changes,
                    });
                }

                return existing;
            },
            cancellationToken);
    }

    private static List<(RubricCriterion Criterion, int Value, string? Comment)> Check(Rubric rubric, IReadOnlyList<ScoreInput?>? scores)
    {
        var problems = new Problems();
        var valid = new List<(RubricCriterion, int, string?)>();
        if (scores is null || scores.Count == 0)
        {
            problems.Add("scores", "Give at least one criterion's score.");
            problems.ThrowIfAny();
        }

        problems.MaxCount("scores", scores!.Count, rubric.Criteria.Count);
        problems.ThrowIfAny();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scores.Count; i++)
        {
            var path = $"scores[{i}]";
            if (scores[i] is not { } score)
            {
                problems.Add(path, "A score is an object: criterionId, value, comment.");
                continue;
            }

            var criterion = rubric.Find(score.CriterionId);
            if (criterion is null)
            {
                problems.Add($"{path}.criterionId", $"The rubric has no criterion '{score.CriterionId}'; its criteria are {string.Join(", ", rubric.Criteria.Select(c => c.Id))}.");
                continue;
            }

            if (!seen.Add(criterion.Id))
            {
                problems.Add($"{path}.criterionId", $"The criterion '{criterion.Id}' is scored twice.");
                continue;
            }

            if (score.Value is not { } value || value < criterion.Min || value > criterion.Max)
            {
                problems.Add($"{path}.value", $"A score from {criterion.Min} to {criterion.Max}.");
                continue;
            }

            problems.Text($"{path}.comment", score.Comment, ScreeningLimits.MaxCommentLength);
            valid.Add((criterion, value, string.IsNullOrWhiteSpace(score.Comment) ? null : score.Comment.Trim()));
        }

        problems.ThrowIfAny();
        return valid;
    }
}
