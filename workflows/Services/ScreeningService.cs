using System.Text.Json.Nodes;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Time;
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
    /// <c>{ decision, reasons, decidedBy }</c>); the Screening activity records the status, who decided and when (and,
    /// for an accepted company, expects it at the cohort's collective events still to come) in the step it resumes, so
    /// the decision and its workflow's move commit together or not at all.
    /// </summary>
    /// <param name="companyId">The company.</param>
    /// <param name="decision">accepted, waitlisted or rejected.</param>
    /// <param name="reasons">Why (required to waitlist or reject).</param>
    /// <param name="decidedBy">Who decides (a manager's name or address), recorded with the decision.</param>
    /// <param name="shareReasons">Whether the company's e-mail gives the reasons (the manager may keep them internal).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DomainRuleException">
    /// The company does not exist; the decision is not one of the three; reasons are missing; the company was screened
    /// already (<see cref="DomainRuleException.IsConflict"/>, naming the decision and who made it); its workflow is not
    /// at its Screening step.
    /// </exception>
    public async Task<SignalResult> DecideAsync(Guid companyId, string decision, string? reasons, string? decidedBy = null, bool shareReasons = true, CancellationToken cancellationToken = default)
    {
        if (!EnumNames.TryParse<ScreeningDecision>(decision, out var parsed))
        {
            throw new DomainRuleException("decision", $"'{DecisionLimits.Quote(decision)}' is not a screening decision: accepted, waitlisted or rejected.");
        }

        return await DecideAsync(companyId, parsed, reasons, decidedBy, shareReasons, cancellationToken);
    }

    /// <inheritdoc cref="DecideAsync(Guid, string, string?, string?, bool, CancellationToken)"/>
    public async Task<SignalResult> DecideAsync(Guid companyId, ScreeningDecision decision, string? reasons, string? decidedBy = null, bool shareReasons = true, CancellationToken cancellationToken = default)
    {
        DecisionLimits.CheckScreening(reasons);
        if (decision != ScreeningDecision.Accepted && string.IsNullOrWhiteSpace(reasons))
        {
            throw new DomainRuleException("reasons", $"Say why the company is {decision.ToString().ToLowerInvariant()}.");
        }

        var company = await _store.ReadAsync(db => DomainQueries.For(db).CompanyByIdNoTracking(db, companyId, cancellationToken), cancellationToken)
            ?? throw DomainRuleException.NotFound("companyId", "company", companyId);
        if (company.Status is not (CompanyStatus.Applied or CompanyStatus.Waitlisted)
            || (company.Status == CompanyStatus.Waitlisted && decision == ScreeningDecision.Waitlisted))
        {
            throw DomainRuleException.RecordedAlready("companyId", ScreenedAlready(company));
        }

        var payload = new JsonObject
        {
            ["decision"] = decision.ToString().ToLowerInvariant(),
            ["reasons"] = reasons?.Trim() ?? string.Empty,
            ["decidedBy"] = string.IsNullOrWhiteSpace(decidedBy) ? null : decidedBy.Trim(),
            ["shareReasons"] = shareReasons,
        };
        var result = await _runtime.SignalAsync(CohortSignals.ScreeningDecided, CohortSignals.CompanyKey(companyId), payload, cancellationToken: cancellationToken);
        if (result.ResumedCount == 0)
        {
            // Another request's decision may have committed between the check above and the signal.
            var after = await _store.ReadAsync(db => DomainQueries.For(db).CompanyByIdNoTracking(db, companyId, cancellationToken), cancellationToken);
            if (after is not null && (after.Status is not (CompanyStatus.Applied or CompanyStatus.Waitlisted) || after.ScreenedAt != company.ScreenedAt))
            {
                throw DomainRuleException.RecordedAlready("companyId", ScreenedAlready(after));
            }

            if (company.Status == CompanyStatus.Waitlisted)
            {
                // Waitlisted before waiting lists waited (its journey ended): it cannot be taken back from here.
                throw new DomainRuleException("companyId", $"Company '{company.Name}' was waitlisted when a waiting list ended the journey: it cannot be accepted now.");
            }

            throw new DomainRuleException("companyId", $"Company '{company.Name}' is not awaiting a screening decision: its workflow is not at its screening step.");
        }

        return result;
    }

    private static string ScreenedAlready(Company company) =>
        company.ScreenedBy is { } by && company.ScreenedAt is { } at
            ? $"Company '{company.Name}' was screened already: {company.Status}, by {by}, on {InputLimits.Iso(at)}."
            : $"Company '{company.Name}' was screened already ({company.Status}).";
}
