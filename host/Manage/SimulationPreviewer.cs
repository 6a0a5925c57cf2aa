using Cohorts.Engine.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Simulation;

namespace Cohorts.Host.Manage;

/// <summary>
/// Previews a cohort of a programme its user manages, on the programme's current (latest published) definitions:
/// the simulated calendar, each coach's load per month, and the day each target is reached.
/// </summary>
public sealed class SimulationPreviewer(ProgrammeReader programmes, IWorkflowDefinitionStore definitions)
{
    /// <summary>Simulates a cohort starting on <paramref name="startDate"/> with so many companies and coaches.</summary>
    /// <exception cref="DomainRuleException">A number is out of range (each named), or a definition is not published.</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public Task<SimulationResult> PreviewAsync(string programmeId, DateOnly startDate, int companies, int coaches, CancellationToken cancellationToken = default) =>
        SimulateAsync(programmeId, startDate, companies, coaches, null, cancellationToken);

    /// <summary>Simulates the cohort of a launch form as typed: its own companies and coaches.</summary>
    /// <exception cref="DomainRuleException">The plan is out of range (each named), or a definition is not published.</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public Task<SimulationResult> PreviewAsync(CohortPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return SimulateAsync(plan.ProgrammeId, plan.StartDate, plan.Companies.Count, plan.Coaches.Count, plan, cancellationToken);
    }

    private async Task<SimulationResult> SimulateAsync(string programmeId, DateOnly startDate, int companies, int coaches, CohortPlan? plan, CancellationToken cancellationToken)
    {
        SimulationRequest.Check(startDate, companies, coaches);
        if (plan is not null)
        {
            CohortPlanValidator.Validate(plan);
        }

        var programme = await programmes.RequireManagedAsync(programmeId, cancellationToken);
        var companyJson = await LatestJsonAsync(programme.DefinitionId, cancellationToken);
        var cohortJson = programme.CohortDefinitionId is { } cohortDefinitionId ? await LatestJsonAsync(cohortDefinitionId, cancellationToken) : null;
        var request = plan is null
            ? new SimulationRequest(programme, companyJson, cohortJson, startDate, companies, coaches)
            : SimulationRequest.ForCohort(programme, companyJson, cohortJson, startDate, plan.Companies, plan.Coaches, plan.EndDate > startDate ? plan.EndDate : null);
        return await ProgrammeSimulator.SimulateAsync(request, cancellationToken);
    }

    private async Task<string> LatestJsonAsync(string definitionId, CancellationToken cancellationToken) =>
        (await definitions.FindAsync(definitionId, null, cancellationToken))?.Json
            ?? throw new DomainRuleException("programmeId", $"The programme's definition '{definitionId}' has no published version: publish one first.");
}
