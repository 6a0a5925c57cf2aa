using Cohorts.Host.Access;
using Cohorts.Host.Identity;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Evaluations;

namespace Cohorts.Host.Evaluations;

/// <summary>
/// A manager's rounds of scored screening: open one (evaluators without an account are invited with the evaluator
/// role), read its summary, close it advancing some applications, decide an application through the Screening
/// activity (<see cref="CompanyDecisions"/>).
/// </summary>
public sealed class EvaluationRounds(UserAccess access, EvaluationRoundService rounds, EvaluationQueries queries, AccountService accounts, CompanyDecisions decisions)
{
    /// <summary>Opens the cohort's next round and invites the evaluators who have no account.</summary>
    public async Task<EvaluationRound> OpenAsync(Guid cohortId, RoundPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var cohort = await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        // The evaluators' invitations commit with the round (a process stopped in between leaves both or neither).
        var invitations = await accounts.CohortInvitationsAsync(
            [.. (plan.Evaluators ?? []).OfType<EvaluatorInput>().Select(e => new CohortInvitee((e.Email ?? string.Empty).Trim().ToLowerInvariant(), e.Name ?? string.Empty, CohortsRoles.Evaluator))],
            cohort.Cohort.Name,
            cancellationToken);
        var round = await rounds.OpenAsync(cohortId, plan, access.Email, invitations.WriteAsync, cancellationToken);
        invitations.LogMade();
        return round;
    }

    /// <summary>Lists the cohort's rounds.</summary>
    public async Task<(CohortAccess Cohort, IReadOnlyList<EvaluationRound> Rounds)> ListAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var cohort = await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        return (cohort, await queries.RoundsAsync(cohortId, cancellationToken));
    }

    /// <summary>Reads a round's summary: averages, spread, missing scores.</summary>
    public async Task<RoundSummary> SummaryAsync(Guid roundId, CancellationToken cancellationToken = default)
    {
        await access.RequireRoundManagerAsync(roundId, cancellationToken);
        return await queries.SummaryAsync(roundId, cancellationToken);
    }

    /// <summary>Closes a round, advancing some of its applications to the next.</summary>
    public async Task<EvaluationRound> CloseAsync(Guid roundId, IReadOnlyList<Guid>? advance, CancellationToken cancellationToken = default)
    {
        await access.RequireRoundManagerAsync(roundId, cancellationToken);
        return await rounds.CloseAsync(roundId, advance, access.Email, cancellationToken);
    }

    /// <summary>Decides an application of the round (accepted, waitlisted, rejected) through the company's Screening activity, then records the round's part.</summary>
    public async Task DecideAsync(Guid roundId, Guid companyId, string? decision, string? reasons, bool shareReasons, CancellationToken cancellationToken = default)
    {
        await access.RequireRoundManagerAsync(roundId, cancellationToken);
        var round = await rounds.RequireApplicationAsync(roundId, companyId, cancellationToken);
        await decisions.ScreenAsync(companyId, decision ?? string.Empty, reasons, shareReasons, cancellationToken);
        var average = (await queries.SummaryAsync(roundId, cancellationToken)).Applications.SingleOrDefault(a => a.CompanyId == companyId)?.Average;
        await rounds.RecordDecisionAsync(round, companyId, decision!.Trim().ToLowerInvariant(), average, access.Email, cancellationToken);
    }
}
