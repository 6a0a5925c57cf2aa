using Cohorts.Engine.Definitions;
using Cohorts.Engine.Persistence;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Diagrams;

/// <summary>
/// Draws, for a programme's manager, a definition version's diagram and one instance's (where it stands now and where
/// it has been), as SVG. Access is the programme's (<see cref="ProgrammeReader"/>) or the instance's cohort's
/// (<see cref="InstanceReader"/>), both decided by <see cref="Access.UserAccess"/>.
/// </summary>
public sealed class DefinitionDiagrams(
    ProgrammeReader programmes,
    InstanceReader instances,
    WorkflowDefinitionCatalog catalog,
    IWorkflowInstanceStore store,
    DiagramTreeBuilder builder,
    DiagramWords words,
    IStringLocalizer<DefinitionText> text)
{
    /// <summary>Draws a version of one of the programme's definitions.</summary>
    /// <exception cref="DomainRuleException">No such programme, definition or version (404).</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage the programme.</exception>
    public async Task<string> DefinitionSvgAsync(string programmeId, string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var stored = await programmes.GetVersionAsync(programmeId, definitionId, version, cancellationToken);
        var definition = await catalog.GetAsync(stored.DefinitionId, stored.Version, cancellationToken);
        return SvgDiagram.Render(text["{0}, version {1}", definition.Name, definition.Version], builder.Build(definition), words);
    }

    /// <summary>Draws an instance's definition version with where the instance stands.</summary>
    /// <exception cref="DomainRuleException">No company or cohort has that instance (404).</exception>
    /// <exception cref="Access.AccessDeniedException">The user does not manage its cohort.</exception>
    public async Task<string> InstanceSvgAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var owner = await instances.RequireManagedAsync(instanceId, cancellationToken);
        var instance = await store.FindAsync(instanceId, cancellationToken)
            ?? throw DomainRuleException.NotFound("instanceId", "workflow instance", instanceId);
        var definition = await catalog.GetAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        var log = await store.GetLogAsync(instanceId, cancellationToken);
        var title = text["{0}: {1}, version {2}", owner.CompanyName ?? owner.CohortName, definition.Name, definition.Version];
        return SvgDiagram.Render(title, builder.Build(definition, InstanceProgress.Of(instance, log)), words);
    }
}
