using Cohorts.Host.Access;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Evaluations;
using Cohorts.Workflows.Evaluations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Evaluations;

/// <summary>
/// Rounds of scored screening (docs/domain.md, "Applications and scored screening"): the manager opens a round, reads
/// its summary, closes it and decides; an evaluator (any signed-in person named in an open round) lists their
/// assignments, reads one and scores it.
/// </summary>
internal static class EvaluationEndpoints
{
    private static readonly int[] Refusals = [StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict];

    public static void MapEvaluationEndpoints(this RouteGroupBuilder api)
    {
        var cohort = api.MapGroup("/cohorts/{id:guid}/evaluations/rounds").WithTags("Evaluations").RequireAuthorization(CohortsPolicies.Manager);
        cohort.MapGet("/", ListRoundsAsync)
            .WithSummary("Lists the cohort's rounds of scored screening.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohort.MapPost("/", OpenRoundAsync)
            .WithSummary("Opens the cohort's next round: name, criteria (id, label {en, fr}, weight, min, max) and evaluators (email, name, companyIds: all when none). Round 1 takes the applicants not yet decided, round n+1 those advanced from round n. Evaluators without an account are invited. 409 while a round is open.")
            .Problems(Refusals);

        var rounds = api.MapGroup("/evaluations/rounds/{roundId:guid}").WithTags("Evaluations");
        rounds.MapGet("/", SummaryAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Reads a round's summary for its manager: each application's average (weighted scores out of 100), lowest, highest, standard deviation, each criterion's mean, and the evaluators who have not finished scoring it.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        rounds.MapPost("/close", CloseRoundAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Closes a round, advancing the companies named (advance) to the next round; the evaluators' access ends. 409 when closed already.")
            .Problems(Refusals);
        rounds.MapPost("/applications/{companyId:guid}/decision", DecideAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Decides an application of the round: accepted, waitlisted or rejected (reasons required unless accepted), through the company's screening step.")
            .Problems(Refusals);
        rounds.MapGet("/applications/{companyId:guid}", ReadApplicationAsync)
            .WithSummary("Reads an application assigned to the signed-in evaluator in an open round (or, for the round's manager, any of its applications), with the rubric and the reader's scores.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        rounds.MapPut("/applications/{companyId:guid}/scores", ScoreAsync)
            .WithSummary("Gives or changes the signed-in evaluator's scores of an application assigned to them in an open round: each criterion's value within its scale and a comment (scores[i].value, scores[i].criterionId, scores[i].comment named when wrong).")
            .Problems(Refusals);

        api.MapGet("/evaluations/assignments", AssignmentsAsync)
            .WithTags("Evaluations")
            .WithSummary("Lists the applications assigned to the signed-in person in the rounds still open, with what they scored.");
    }

    private static async Task<Ok<IReadOnlyList<EvaluationRound>>> ListRoundsAsync(Guid id, EvaluationRounds rounds, CancellationToken cancellationToken) =>
        TypedResults.Ok((await rounds.ListAsync(id, cancellationToken)).Rounds);

    private static async Task<Created<EvaluationRound>> OpenRoundAsync(Guid id, RoundPlan plan, EvaluationRounds rounds, CancellationToken cancellationToken)
    {
        var round = await rounds.OpenAsync(id, plan, cancellationToken);
        return TypedResults.Created($"/api/evaluations/rounds/{round.Id}", round);
    }

    private static async Task<Ok<RoundSummary>> SummaryAsync(Guid roundId, EvaluationRounds rounds, CancellationToken cancellationToken) =>
        TypedResults.Ok(await rounds.SummaryAsync(roundId, cancellationToken));

    private static async Task<Ok<RoundSummary>> CloseRoundAsync(Guid roundId, CloseRoundRequest? request, EvaluationRounds rounds, CancellationToken cancellationToken)
    {
        await rounds.CloseAsync(roundId, request?.Advance, cancellationToken);
        return TypedResults.Ok(await rounds.SummaryAsync(roundId, cancellationToken));
    }

    private static async Task<Ok<RoundSummary>> DecideAsync(Guid roundId, Guid companyId, RoundDecisionRequest request, EvaluationRounds rounds, CancellationToken cancellationToken)
    {
        await rounds.DecideAsync(roundId, companyId, request.Decision, request.Reasons, request.ShareReasons ?? true, cancellationToken);
        return TypedResults.Ok(await rounds.SummaryAsync(roundId, cancellationToken));
    }

    private static async Task<Ok<EvaluatedApplicationResponse>> ReadApplicationAsync(Guid roundId, Guid companyId, EvaluatorWork work, CancellationToken cancellationToken)
    {
        var (round, application, mine) = await work.ReadAsync(roundId, companyId, cancellationToken);
        return TypedResults.Ok(new EvaluatedApplicationResponse(round.Id, round.Name, round.Rubric.Criteria, ApplicationResponse.Of(application), mine?.Scores ?? []));
    }

    private static async Task<Ok<IReadOnlyList<EvaluationScore>>> ScoreAsync(Guid roundId, Guid companyId, ScoresRequest request, EvaluatorWork work, CancellationToken cancellationToken) =>
        TypedResults.Ok(await work.ScoreAsync(roundId, companyId, request.Scores, cancellationToken));

    private static async Task<Ok<IReadOnlyList<Assignment>>> AssignmentsAsync(EvaluatorWork work, CancellationToken cancellationToken) =>
        TypedResults.Ok(await work.AssignmentsAsync(cancellationToken));
}
