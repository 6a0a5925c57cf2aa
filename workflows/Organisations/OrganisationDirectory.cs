using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Organisations;

/// <summary>
/// Finds organisations by name inside a caller's transaction, adding the ones the directory does not know yet: what a
/// template's partners and an event's host and organisers go through, so that one name is one organisation.
/// </summary>
public static class OrganisationDirectory
{
    /// <summary>Finds the organisation of that name (spaces, case and the apostrophe's form aside), or adds it (to be saved by the caller).</summary>
    public static async Task<Organisation> FindOrAddAsync(CohortsDbContext db, string name, OrganisationKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var keys = Organisation.Spellings(name);
        var found = db.Organisations.Local.FirstOrDefault(o => keys.Contains(o.NormalizedName))
            ?? await db.Organisations.OrderBy(o => o.NormalizedName).FirstOrDefaultAsync(o => keys.Contains(o.NormalizedName), cancellationToken);
        if (found is not null)
        {
            return found;
        }

        var added = new Organisation(Guid.CreateVersion7(now), name, kind, now);
        db.Organisations.Add(added);
        return added;
    }

    /// <summary>Links an organisation to a programme in a role, unless it is linked in that role already.</summary>
    public static async Task LinkAsync(CohortsDbContext db, string programmeId, Guid organisationId, ProgrammeOrganisationRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var link = new ProgrammeOrganisation(programmeId, organisationId, role);
        if (db.ProgrammeOrganisations.Local.Contains(link)
            || await db.ProgrammeOrganisations.AnyAsync(p => p.ProgrammeId == programmeId && p.OrganisationId == organisationId && p.Role == role, cancellationToken))
        {
            return;
        }

        db.ProgrammeOrganisations.Add(link);
    }
}
