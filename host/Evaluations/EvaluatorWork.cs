using Cohorts.Host.Access;
using Cohorts.Workflows.Evaluations;

namespace Cohorts.Host.Evaluations;

/// <summary>An evaluator's work: their assignments in the open rounds, an application to read, their scores to give.</summary>
public sealed class EvaluatorWork(UserAccess access, EvaluationScoring scoring, EvaluationQueries queries)
{
    /// <summary>Lists the applications assigned to the user in the rounds still open.</summary>
    public async Task<IReadOnlyList<Assignment>> AssignmentsAsync(CancellationToken cancellationToken = default) =>
        await queries.AssignmentsAsync(await access.GetEvaluationAssignmentsAsync(cancellationToken), cancellationToken);

    /// <summary>Reads an application assigned to the user (or, for the round's manager, any of the round), with the user's scores of it.</summary>
    public async Task<(EvaluationRound Round, ApplicationRecord Application, Assignment? Mine)> ReadAsync(Guid roundId, Guid companyId, CancellationToken cancellationToken = default)
    {
        var round = await access.RequireEvaluatorAsync(roundId, companyId, orManager: true, cancellationToken);
        var mine = (await AssignmentsAsync(cancellationToken)).SingleOrDefault(a => a.Round.Id == roundId && a.CompanyId == companyId);
        return (round, await queries.ApplicationAsync(companyId, cancellationToken), mine);
    }

    /// <summary>Gives or changes the user's scores of an application assigned to them.</summary>
    public async Task<IReadOnlyList<EvaluationScore>> ScoreAsync(Guid roundId, Guid companyId, IReadOnlyList<ScoreInput?>? scores, CancellationToken cancellationToken = default)
    {
        await access.RequireEvaluatorAsync(roundId, companyId, cancellationToken: cancellationToken);
        return await scoring.ScoreAsync(roundId, companyId, access.Email, scores, cancellationToken);
    }
}
