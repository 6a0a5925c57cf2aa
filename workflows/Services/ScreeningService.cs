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

    internal ScreeningService(CohortsStore store, WorkflowRuntime runtime)
    {
        _store = store;
        _runtime = runtime;
    }

    /// <summary>
    /// Decides a company's application: signals <c>screening-decided</c> (key <c>company-{id}</c>, payload
    /// <c>{ decision, reasons }</c>); the Screening activity records the status (and, for an accepted company, expects it
    /// at the cohort's collective events still to come).
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
        if (!EnumNames.TryParse<ScreeningDecision>(decision, out var parsed))
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

        return result;
    }
}
