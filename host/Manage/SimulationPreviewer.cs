using Cohorts.Engine.Definitions;
using Cohorts.Engine.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Simulation;

namespace Cohorts.Host.Manage;

/// <summary>
/// Previews a cohort of a programme its user manages, on the programme's current (latest published) definitions:
/// the simulated calendar, each coach's load per month, and the day each target is reached.
/// </summary>
/// <remarks>
/// A preview has a budget of <see cref="Budget"/>: a plan whose placing takes longer (a thousand companies for one
/// coach, whose free slots are looked for one session at a time) stops there and is refused, naming
/// <c>companies</c>, instead of holding a request and a core for minutes. Previews take turns (<see cref="PreviewGate"/>),
/// so that whether one fits its budget does not depend on how many others were asked at the same time.
/// </remarks>
public sealed class SimulationPreviewer(ProgrammeReader programmes, IWorkflowDefinitionStore definitions, DefinitionSerializer serializer, Workflows.Forms.FormService forms, PreviewGate gate, TimeProvider clock)
{
    /// <summary>The longest a preview runs.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    /// <summary>Simulates a cohort starting on <paramref name="startDate"/> with so many companies and coaches.</summary>
    /// <exception cref="DomainRuleException">A number is out of range (each named), or a definition is not published.</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public Task<SimulationResult> PreviewAsync(string programmeId, DateOnly startDate, int companies, int coaches, CancellationToken cancellationToken = default) =>
        SimulateAsync(programmeId, startDate, companies, coaches, null, null, cancellationToken);

    /// <summary>
    /// Simulates a cohort on a draft of one of the programme's definitions, not published: the draft stands in for its
    /// definition's latest version, the programme's other definition keeps its latest.
    /// </summary>
    /// <exception cref="DomainRuleException">A number is out of range (each named), the draft is none of the programme's definitions (<c>$.id</c>), or the other definition is not published.</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public Task<SimulationResult> PreviewAsync(string programmeId, WorkflowDefinition draft, DateOnly startDate, int companies, int coaches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return SimulateAsync(programmeId, startDate, companies, coaches, null, draft, cancellationToken);
    }

    /// <summary>Simulates the cohort of a launch form as typed: its own companies and coaches.</summary>
    /// <exception cref="DomainRuleException">The plan is out of range (each named), or a definition is not published.</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public Task<SimulationResult> PreviewAsync(CohortPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return SimulateAsync(plan.ProgrammeId, plan.StartDate, plan.Companies.Count, plan.Coaches.Count, plan, null, cancellationToken);
    }

    private async Task<SimulationResult> SimulateAsync(string programmeId, DateOnly startDate, int companies, int coaches, CohortPlan? plan, WorkflowDefinition? draft, CancellationToken cancellationToken)
    {
        SimulationRequest.Check(startDate, companies, coaches);
        if (plan is not null)
        {
            CohortPlanValidator.Validate(plan);
        }

        var programme = await programmes.RequireManagedAsync(programmeId, cancellationToken);
        if (draft is not null && draft.DefinitionId != programme.DefinitionId && draft.DefinitionId != programme.CohortDefinitionId)
        {
            throw new DomainRuleException("$.id", $"The draft's id is '{draft.DefinitionId}', none of the definitions of programme '{programme.Name}'.");
        }

        var companyJson = draft?.DefinitionId == programme.DefinitionId ? serializer.Write(draft) : await LatestJsonAsync(programme.DefinitionId, cancellationToken);
        var cohortJson = programme.CohortDefinitionId is not { } cohortDefinitionId ? null
            : draft?.DefinitionId == cohortDefinitionId ? serializer.Write(draft) : await LatestJsonAsync(cohortDefinitionId, cancellationToken);
        var request = plan is null
            ? new SimulationRequest(programme, companyJson, cohortJson, startDate, companies, coaches)
            : SimulationRequest.ForCohort(programme, companyJson, cohortJson, startDate, plan.Companies, plan.Coaches, plan.EndDate > startDate ? plan.EndDate : null);
        request = request with { FormsJson = await FormsAsync(programme.Id, cancellationToken) };
        using var turn = await gate.EnterAsync(cancellationToken); // the budget counts from here, not while others run
        using var budget = new CancellationTokenSource(Budget, clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await ProgrammeSimulator.SimulateAsync(request, stop.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new DomainRuleException("companies", $"This preview would take more than {Budget.TotalSeconds:N0} seconds: preview fewer companies, or give them more coaches.");
        }
    }

    // The programme's forms as they are now (their latest versions): its CollectForm steps ask them in the preview too.
    private async Task<IReadOnlyList<string>> FormsAsync(string programmeId, CancellationToken cancellationToken)
    {
        List<string> documents = [];
        foreach (var form in await forms.ListAsync(programmeId, cancellationToken))
        {
            documents.Add((await forms.GetVersionAsync(programmeId, form.FormId, form.Version, cancellationToken)).Json);
        }

        return documents;
    }

    private async Task<string> LatestJsonAsync(string definitionId, CancellationToken cancellationToken) =>
        (await definitions.FindAsync(definitionId, null, cancellationToken))?.Json
            ?? throw new DomainRuleException("programmeId", $"The programme's definition '{definitionId}' has no published version: publish one first.");
}
