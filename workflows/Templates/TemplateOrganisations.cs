using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Persistence;

namespace Cohorts.Workflows.Templates;

/// <summary>Enters a template's organisations in the directory (or finds them by name) and links them to a new programme, in its transaction.</summary>
internal static class TemplateOrganisations
{
    public static async Task AddAsync(CohortsDbContext db, string programmeId, IReadOnlyList<TemplateOrganisation> organisations, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var named in organisations)
        {
            var organisation = await OrganisationDirectory.FindOrAddAsync(db, named.Name, named.Kind, now, cancellationToken);
            organisation.Town ??= named.Town;
            organisation.Website ??= named.Website;
            foreach (var role in named.Roles.Distinct())
            {
                await OrganisationDirectory.LinkAsync(db, programmeId, organisation.Id, role, cancellationToken);
            }
        }
    }
}
