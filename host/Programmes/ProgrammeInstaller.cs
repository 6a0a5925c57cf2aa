using Cohorts.Engine.Definitions;
using Cohorts.Host.Identity;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Templates;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Programmes;

/// <summary>
/// Creates a programme from a built-in template (publishes its workflow definitions, adds the programme) and gives a
/// manager the right over it: what the manager's "create from template" does, and the demo data.
/// </summary>
public sealed class ProgrammeInstaller(WorkflowDefinitionCatalog catalog, ProgrammeService programmes, IDbContextFactory<CohortsIdentityDbContext> identity)
{
    /// <summary>Installs the template's programme, managed by <paramref name="managerUserId"/> (recorded in the audit trail with <paramref name="actor"/>).</summary>
    /// <exception cref="DomainRuleException">No template has that id (404), or its programme exists already.</exception>
    public async Task<Programme> InstallTemplateAsync(string templateId, string managerUserId, string? actor = null, CancellationToken cancellationToken = default)
    {
        if (!ProgrammeTemplates.TryGet(templateId, out var template))
        {
            throw new DomainRuleException("templateId", $"No template '{templateId}'; the templates are {string.Join(", ", ProgrammeTemplates.Ids)}.", isNotFound: true);
        }

        await catalog.PublishJsonAsync(template.CompanyWorkflowJson, cancellationToken);
        if (template.CohortWorkflowJson is { } cohortWorkflow)
        {
            await catalog.PublishJsonAsync(cohortWorkflow, cancellationToken);
        }

        await programmes.AddAsync(template.Programme, actor, cancellationToken);
        await GrantAsync(template.Programme.Id, managerUserId, cancellationToken);
        return template.Programme;
    }

    /// <summary>Makes a user a manager of a programme (idempotent).</summary>
    public async Task GrantAsync(string programmeId, string managerUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await identity.CreateDbContextAsync(cancellationToken);
        if (!await db.ProgrammeManagers.AnyAsync(m => m.ProgrammeId == programmeId && m.UserId == managerUserId, cancellationToken))
        {
            db.ProgrammeManagers.Add(new ProgrammeManager(programmeId, managerUserId));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
