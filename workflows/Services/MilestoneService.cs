using System.Text.Json.Nodes;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>Milestone decisions by managers and funders.</summary>
public sealed class MilestoneService
{
    private readonly CohortsStore _store;
    private readonly SignalOutbox _outbox;
    private readonly TimeProvider _time;

    internal MilestoneService(CohortsStore store, SignalOutbox outbox, TimeProvider time)
    {
        _store = store;
        _outbox = outbox;
        _time = time;
    }

    /// <summary>
    /// Records a decision on a milestone and, in the same transaction, the signal <c>milestone-decided</c> it owes its
    /// workflow (key <c>milestone-{id}</c>, payload the decision) in the outbox, delivered right after the commit (or,
    /// after a crash, by the outbox's sweep). "Needs work" moves the due date and the MilestoneReview activity keeps
    /// waiting; passed or failed completes it.
    /// </summary>
    /// <exception cref="DomainRuleException">
    /// The milestone (or funder) does not exist; the reviewer is not the one the milestone names (or a funder of
    /// another cohort); "needs work" lacks a future due date; a reason is missing; the milestone was decided already
    /// (<see cref="DomainRuleException.IsConflict"/>, naming the decision and who made it: a client retrying after a lost
    /// answer learns its decision is recorded, and the signal it owes is delivered again if still owed).
    /// </exception>
    public async Task<MilestoneDecision> DecideAsync(MilestoneVerdict verdict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        DecisionLimits.CheckMilestone(verdict);
        if (!Enum.IsDefined(verdict.Outcome))
        {
            throw new DomainRuleException("outcome", $"'{verdict.Outcome}' is not a milestone decision: Passed, NeedsWork or Failed.");
        }

        var key = CohortSignals.MilestoneKey(verdict.MilestoneId);
        MilestoneDecision decision;
        PendingSignal owed;
        try
        {
            (decision, owed) = await _store.WriteAsync(db => DecideAsync(db, verdict, key, cancellationToken), cancellationToken);
        }
        catch (DomainRuleException exception) when (exception.IsConflict)
        {
            await _outbox.DeliverOwedAsync(CohortSignals.MilestoneDecided, key, CancellationToken.None);
            throw;
        }

        // Recorded: the answer says so even if the client has gone; the workflow resumes now or at the next sweep.
        await _outbox.DeliverAsync(owed.Id, CancellationToken.None);
        return decision;
    }

    private async Task<(MilestoneDecision Decision, PendingSignal Owed)> DecideAsync(CohortsDbContext db, MilestoneVerdict verdict, string key, CancellationToken cancellationToken)
    {
        var milestone = await DomainQueries.For(db).MilestoneById(db, verdict.MilestoneId, cancellationToken)
            ?? throw DomainRuleException.NotFound("milestoneId", "milestone", verdict.MilestoneId);
        if (verdict.Role != milestone.Reviewer)
        {
            throw new DomainRuleException("role", $"Milestone '{milestone.Name}' is decided by a {Describe(milestone.Reviewer)}, not a {Describe(verdict.Role)}.");
        }

        var decidedBy = verdict.DecidedBy?.Trim();
        if (verdict.Role == ReviewerRole.Funder)
        {
            var funderId = verdict.FunderId ?? throw new DomainRuleException("funderId", "Say which funder decides.");
            var funder = await db.Funders.AsNoTracking().SingleOrDefaultAsync(f => f.Id == funderId, cancellationToken)
                ?? throw DomainRuleException.NotFound("funderId", "funder", funderId);
            if (funder.CohortId != milestone.CohortId)
            {
                throw new DomainRuleException("funderId", $"{funder.Name} does not fund the cohort of milestone '{milestone.Name}'.");
            }

            decidedBy = string.IsNullOrEmpty(decidedBy) ? funder.Name : decidedBy;
        }

        if (milestone.FinalDecision is { } final)
        {
            throw DomainRuleException.RecordedAlready("milestoneId", $"Milestone '{milestone.Name}' was decided already: {final.Outcome}, by {final.DecidedBy}, on {InputLimits.Iso(final.DecidedAt)}.");
        }

        if (verdict.Outcome == MilestoneOutcome.Cancelled)
        {
            throw new DomainRuleException("outcome", "A milestone is cancelled with its journey, not decided as cancelled: choose passed, needs work or failed.");
        }

        var now = _time.GetUtcNow();
        if (verdict.Outcome == MilestoneOutcome.NeedsWork && (verdict.NewDueAt is not { } newDue || newDue <= now))
        {
            throw new DomainRuleException("newDueAt", "\"Needs work\" sets a new due date in the future.");
        }

        if (verdict.Outcome != MilestoneOutcome.NeedsWork && verdict.NewDueAt is not null)
        {
            throw new DomainRuleException("newDueAt", "Only a \"needs work\" decision sets a new due date: leave it empty.");
        }

        if (verdict.Outcome != MilestoneOutcome.Passed && string.IsNullOrWhiteSpace(verdict.Reason))
        {
            throw new DomainRuleException("reason", $"Say why the milestone {(verdict.Outcome == MilestoneOutcome.Failed ? "failed" : "needs work")}.");
        }

        var decision = new MilestoneDecision(
            verdict.Outcome,
            verdict.Reason?.Trim() ?? string.Empty,
            verdict.Outcome == MilestoneOutcome.NeedsWork ? verdict.NewDueAt : null,
            now,
            string.IsNullOrEmpty(decidedBy) ? "programme manager" : decidedBy);
        milestone.Decide(decision);
        AuditLog.Add(db, now, decision.DecidedBy, AuditActions.MilestoneDecided, milestone.CohortId, milestone.CompanyId, milestone.Id.ToString(), new JsonObject { ["name"] = milestone.Name, ["outcome"] = decision.Outcome.ToString(), ["reason"] = decision.Reason });
        var payload = new JsonObject
        {
            ["milestoneId"] = verdict.MilestoneId.ToString(),
            ["outcome"] = decision.Outcome.ToString(),
            ["reason"] = decision.Reason,
            ["newDueAt"] = decision.NewDueAt is { } due ? DateValues.Format(due) : null,
            ["decidedBy"] = decision.DecidedBy,
        };
        var owed = SignalOutbox.Add(db, CohortSignals.MilestoneDecided, key, payload, $"{key}-decision-{milestone.Decisions.Count}", now);
        return (decision, owed);
    }

    private static string Describe(ReviewerRole role) => role == ReviewerRole.Funder ? "funder" : "programme manager";
}
