using Cohorts.Workflows.Persistence;

namespace Cohorts.Workflows.Organisations;

/// <summary>Links an event to its host and organisers inside the transaction that plans it (names found or added in the directory).</summary>
public static class EventOrganisations
{
    /// <summary>Links the event to its host and organisers (to be saved by the caller).</summary>
    public static async Task LinkAsync(CohortsDbContext db, Guid sessionId, string? host, IEnumerable<string> organisers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisers);
        var links = new HashSet<EventOrganisation>();
        if (!string.IsNullOrWhiteSpace(host))
        {
            var found = await OrganisationDirectory.FindOrAddAsync(db, host, OrganisationKind.Other, now, cancellationToken);
            links.Add(new EventOrganisation(sessionId, found.Id, EventOrganisationRole.Host));
        }

        foreach (var name in organisers.Where(n => !string.IsNullOrWhiteSpace(n)).Take(OrganisationLimits.MaxPerEvent))
        {
            var found = await OrganisationDirectory.FindOrAddAsync(db, name, OrganisationKind.Other, now, cancellationToken);
            links.Add(new EventOrganisation(sessionId, found.Id, EventOrganisationRole.Organiser));
        }

        db.EventOrganisations.AddRange(links);
    }
}
