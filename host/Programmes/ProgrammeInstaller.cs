using Cohorts.Host.Identity;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Templates;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Programmes;

/// <summary>
/// Creates a programme (from a built-in template or blank, each time a new one with its own id and definitions:
/// <see cref="ProgrammeAuthoring"/>) and gives its creator the right over it: what the manager's "create a programme"
/// does, on the page and the API, and the demo data.
/// </summary>
public sealed class ProgrammeInstaller(ProgrammeAuthoring authoring, IDbContextFactory<CohortsIdentityDbContext> identity)
{
    /// <summary>
    /// Creates a programme from a template under the template's name (<c>boost-innovation</c> the first time, then
    /// <c>boost-innovation-2</c>), managed by <paramref name="managerUserId"/> (recorded in the audit trail with <paramref name="actor"/>).
    /// </summary>
    /// <exception cref="DomainRuleException">No template has that id (404).</exception>
    public async Task<Programme> InstallTemplateAsync(string templateId, string managerUserId, string? actor = null, CancellationToken cancellationToken = default)
    {
        if (!ProgrammeTemplates.TryGet(templateId, out var template))
        {
            throw new DomainRuleException("templateId", $"No template '{templateId}'; the templates are {string.Join(", ", ProgrammeTemplates.Ids)}.", isNotFound: true);
        }

        return await CreateAsync(new NewProgramme(template.Programme.Name, templateId), managerUserId, actor, cancellationToken);
    }

    /// <summary>Creates a programme, from a template or blank, managed by <paramref name="managerUserId"/>.</summary>
    /// <exception cref="DomainRuleException">A field is wrong (every problem listed), or the template is unknown (404).</exception>
    public async Task<Programme> CreateAsync(NewProgramme request, string managerUserId, string? actor = null, CancellationToken cancellationToken = default)
    {
        var programme = await authoring.CreateAsync(request, actor, cancellationToken);
        await GrantAsync(programme.Id, managerUserId, CancellationToken.None);
        return programme;
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
