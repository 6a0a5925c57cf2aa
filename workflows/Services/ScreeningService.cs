using System.Text.Json.Nodes;
using Cohorts.Engine.Runtime;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>A manager's screening of applications: hands the decision to the company's waiting Screening activity.</summary>
public sealed class ScreeningService
{
    private readonly CohortsStore _store;
    private readonly WorkflowRuntime _runtime;
    private readonly TimeProvider _time;

    internal ScreeningService(CohortsStore store, WorkflowRuntime runtime, TimeProvider time)
    {
        _store = store;
        _runtime = runtime;
        _time = time;
    }

    /// <summary>
    /// Decides a company's application: signals <c>screening-decided</c> (key <c>company-{id}</c>, payload
    /// <c>{ decision, reasons }</c>); the Screening activity records the status. An accepted company is then expected at
    /// the cohort's collective events still to come, which may have been planned before it was accepted.
    /// </summary>
    /// <param name="companyId">The company.</param>
    /// <param name="decision">accepted, waitlisted or rejected.</param>
    /// <param name="reasons">Why (required to waitlist or reject).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DomainRuleException">
    /// The company does not exist; the decision is not one of the three; reasons are missing; the company is not
    /// awaiting screening (screened already, or its workflow is not at its Screening step).
    /// </exception>
    public async Task<SignalResult> DecideAsync(Guid companyId, string decision, string? reasons, CancellationToken cancellationToken = default)
    {
        if (!Enum.TryParse<ScreeningDecision>(decision, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || decision.Any(char.IsDigit))
        {
            throw new DomainRuleException("decision", $"'{decision}' is not a screening decision: accepted, waitlisted or rejected.");
        }

        return await DecideAsync(companyId, parsed, reasons, cancellationToken);
    }

    /// <inheritdoc cref="DecideAsync(Guid, string, string?, CancellationToken)"/>
    public async Task<SignalResult> DecideAsync(Guid companyId, ScreeningDecision decision, string? reasons, CancellationToken cancellationToken = default)
    {
        if (decision != ScreeningDecision.Accepted && string.IsNullOrWhiteSpace(reasons))
        {
            throw new DomainRuleException("reasons", $"Say why the company is {decision.ToString().ToLowerInvariant()}.");
        }

        var company = await _store.ReadAsync(db => DomainQueries.For(db).CompanyByIdNoTracking(db, companyId, cancellationToken), cancellationToken)
            ?? throw DomainRuleException.NotFound("companyId", "company", companyId);
        if (company.Status is not (CompanyStatus.Applied or CompanyStatus.Waitlisted))
        {
            throw new DomainRuleException("companyId", $"Company '{company.Name}' was screened already ({company.Status}).");
        }

        var payload = new JsonObject { ["decision"] = decision.ToString().ToLowerInvariant(), ["reasons"] = reasons?.Trim() ?? string.Empty };
        var result = await _runtime.SignalAsync(CohortSignals.ScreeningDecided, CohortSignals.CompanyKey(companyId), payload, cancellationToken: cancellationToken);
        if (result.ResumedCount == 0)
        {
            throw new DomainRuleException("companyId", $"Company '{company.Name}' is not awaiting a screening decision: its workflow is not at its screening step.");
        }

        if (decision == ScreeningDecision.Accepted)
        {
            await ExpectAtUpcomingEventsAsync(company, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Adds an accepted company to its cohort's collective events not held and still to come: a CollectiveEvent expects
    /// the companies accepted when it is planned, which, planned ahead (RecurringSessions' planAhead), may be before the
    /// screening. After the signal, not in its step, since the Screening activity records the status; a crash in between
    /// leaves the company out of those events (the organiser's attendance would then refuse it).
    /// </summary>
    private async Task ExpectAtUpcomingEventsAsync(Company company, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await _store.WriteAsync(
            async db =>
            {
                var upcoming = await db.Sessions
                    .Where(s => s.CohortId == company.CohortId && s.CoachId == null && s.Outcome == null && s.PlannedAt > now)
                    .ToListAsync(cancellationToken);
                foreach (var session in upcoming)
                {
                    session.Expect(company.Id);
                }
            },
            cancellationToken);
    }
}
