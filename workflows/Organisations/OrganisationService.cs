using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Organisations;

/// <summary>
/// The organisations directory (docs/domain.md, "Organisations"): lists, reads, adds, edits, archives and restores
/// organisations, each write with its audit entry in one transaction. Who may do it is the caller's to check (the
/// host's <c>UserAccess</c>); links to programmes and events are <see cref="OrganisationLinkService"/>'s.
/// </summary>
public sealed class OrganisationService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal OrganisationService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Lists a page of the directory, by name.</summary>
    /// <exception cref="DomainRuleException">The page or its size is out of range, or the search text too long (400).</exception>
    public Task<OrganisationPage> ListAsync(OrganisationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new Problems();
        problems.Range("page", query.Page, 1, int.MaxValue / OrganisationQuery.MaxPageSize);
        problems.Range("pageSize", query.PageSize, 1, OrganisationQuery.MaxPageSize);
        problems.Text("q", query.Search, OrganisationQuery.MaxSearchLength);
        problems.ThrowIfAny();
        return _store.ReadAsync(
            async db =>
            {
                var found = db.Organisations.AsNoTracking();
                if (!query.IncludeArchived)
                {
                    found = found.Where(o => o.ArchivedAt == null);
                }

                if (!string.IsNullOrWhiteSpace(query.Search))
                {
                    // Either apostrophe, as the directory's names are compared (Organisation.Spellings).
                    var (straight, typographic) = Apostrophes.Forms(Organisation.Normalize(query.Search));
                    found = found.Where(o => o.NormalizedName.Contains(straight) || o.NormalizedName.Contains(typographic));
                }

                if (query.Kind is { } kind)
                {
                    found = found.Where(o => o.Kind == kind);
                }

                if (query.ProgrammeId is not null || query.Role is not null)
                {
                    var links = db.ProgrammeOrganisations.AsQueryable();
                    if (query.ProgrammeId is { } programmeId)
                    {
                        links = links.Where(l => l.ProgrammeId == programmeId);
                    }

                    if (query.Role is { } role)
                    {
                        links = links.Where(l => l.Role == role);
                    }

                    found = found.Where(o => links.Any(l => l.OrganisationId == o.Id));
                }

                // By name as the reader's language sorts it ("École" beside "Ecole", not after "Z" as the stored
                // upper-case form would in the database's byte order): the names found are sorted here, then the page's
                // rows read. A directory holds hundreds of organisations, a few thousand at most.
                var names = await found.Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
                var pageIds = names.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(o => o.Id)
                    .Skip((query.Page - 1) * query.PageSize)
                    .Take(query.PageSize)
                    .Select(o => o.Id)
                    .ToList();
                var rows = await db.Organisations.AsNoTracking().Where(o => pageIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
                return new OrganisationPage([.. pageIds.Select(id => rows[id])], names.Count, query.Page, query.PageSize);
            },
            cancellationToken);
    }

    /// <summary>Reads an organisation with its roles in programmes and the events it hosts and organises.</summary>
    /// <exception cref="DomainRuleException">No such organisation (404).</exception>
    public Task<OrganisationDetails> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                    ?? throw DomainRuleException.NotFound("organisationId", "organisation", id);
                var programmes = await (
                        from link in db.ProgrammeOrganisations.AsNoTracking()
                        join programme in db.Programmes.AsNoTracking() on link.ProgrammeId equals programme.Id
                        where link.OrganisationId == id
                        select new OrganisationProgrammeRole(programme.Id, programme.Name, link.Role))
                    .ToListAsync(cancellationToken);
                var events = from link in db.EventOrganisations.AsNoTracking()
                             join session in db.Sessions.AsNoTracking() on link.SessionId equals session.Id
                             join cohort in db.Cohorts.AsNoTracking() on session.CohortId equals cohort.Id
                             where link.OrganisationId == id
                             select new { link.Role, session.Id, session.CohortId, CohortName = cohort.Name, session.Title, session.PlannedAt };
                var counts = await events.GroupBy(e => e.Role).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

                // SQLite orders no DateTimeOffset: the events are sorted here (an organisation's events are few).
                var latest = (await events.ToListAsync(cancellationToken))
                    .OrderByDescending(e => e.PlannedAt)
                    .Take(OrganisationDetails.LatestCount)
                    .Select(e => new OrganisationEvent(e.Id, e.CohortId, e.CohortName, e.Title, e.PlannedAt, e.Role))
                    .ToList();
                return new OrganisationDetails(
                    organisation,
                    [.. programmes.OrderBy(p => p.ProgrammeName, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.Role)],
                    counts.SingleOrDefault(c => c.Key == EventOrganisationRole.Host)?.Count ?? 0,
                    counts.SingleOrDefault(c => c.Key == EventOrganisationRole.Organiser)?.Count ?? 0,
                    latest);
            },
            cancellationToken);

    /// <summary>Adds an organisation to the directory.</summary>
    /// <exception cref="DomainRuleException">A field is bad (400, every problem listed); the name is taken (409 at <c>name</c>).</exception>
    public Task<Organisation> AddAsync(OrganisationInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        OrganisationRules.Check(input);
        return _store.WriteAsync(
            async db =>
            {
                await RequireFreeNameAsync(db, input.Name!, null, cancellationToken);
                var now = _time.GetUtcNow();
                var added = new Organisation(Guid.CreateVersion7(now), input.Name!, input.Kind, now);
                Describe(added, input);
                db.Organisations.Add(added);
                AuditLog.Add(db, now, actor, AuditActions.OrganisationAdded, subjectId: added.Id.ToString(), data: Data(added));
                return added;
            },
            cancellationToken);
    }

    /// <summary>Edits an organisation: name, kind, town, web site and contacts (which replace the ones it had).</summary>
    /// <exception cref="DomainRuleException">No such organisation (404); a field is bad (400); the name is another's (409 at <c>name</c>).</exception>
    public Task<Organisation> EditAsync(Guid id, OrganisationInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        OrganisationRules.Check(input);
        return _store.WriteAsync(
            async db =>
            {
                var organisation = await FindAsync(db, id, cancellationToken);
                await RequireFreeNameAsync(db, input.Name!, id, cancellationToken);
                var before = Data(organisation);
                organisation.Describe(input.Name!, input.Kind);
                Describe(organisation, input);
                var data = Data(organisation);
                data["before"] = before;
                AuditLog.Add(db, _time.GetUtcNow(), actor, AuditActions.OrganisationEdited, subjectId: id.ToString(), data: data);
                return organisation;
            },
            cancellationToken);
    }

    /// <summary>Archives an organisation: its links stay, it is no longer offered for new ones. Archiving twice does nothing more.</summary>
    /// <exception cref="DomainRuleException">No such organisation (404).</exception>
    public Task<Organisation> ArchiveAsync(Guid id, string actor, CancellationToken cancellationToken = default) =>
        SetArchivedAsync(id, archive: true, actor, cancellationToken);

    /// <summary>Restores an archived organisation. Restoring one that is not archived does nothing.</summary>
    /// <exception cref="DomainRuleException">No such organisation (404).</exception>
    public Task<Organisation> RestoreAsync(Guid id, string actor, CancellationToken cancellationToken = default) =>
        SetArchivedAsync(id, archive: false, actor, cancellationToken);

    private Task<Organisation> SetArchivedAsync(Guid id, bool archive, string actor, CancellationToken cancellationToken) =>
        _store.WriteAsync(
            async db =>
            {
                var organisation = await FindAsync(db, id, cancellationToken);
                if ((organisation.ArchivedAt is not null) == archive)
                {
                    return organisation;
                }

                var now = _time.GetUtcNow();
                organisation.ArchivedAt = archive ? now : null;
                AuditLog.Add(db, now, actor, archive ? AuditActions.OrganisationArchived : AuditActions.OrganisationRestored, subjectId: id.ToString(), data: new JsonObject { ["name"] = organisation.Name });
                return organisation;
            },
            cancellationToken);

    private static async Task<Organisation> FindAsync(CohortsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound("organisationId", "organisation", id);

    private static async Task RequireFreeNameAsync(CohortsDbContext db, string name, Guid? self, CancellationToken cancellationToken)
    {
        var keys = Organisation.Spellings(name);
        var other = await db.Organisations.AsNoTracking().Where(o => keys.Contains(o.NormalizedName) && o.Id != self).OrderBy(o => o.NormalizedName).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        if (other is not null)
        {
            throw DomainRuleException.RecordedAlready("name", $"The directory has '{other}' already: an organisation's name is unique.");
        }
    }

    private static void Describe(Organisation organisation, OrganisationInput input)
    {
        organisation.Town = OrganisationRules.OneLine(input.Town);
        organisation.Website = OrganisationRules.Blank(input.Website);
        organisation.SetContacts(OrganisationRules.Contacts(input));
    }

    private static JsonObject Data(Organisation organisation) => new()
    {
        ["name"] = organisation.Name,
        ["kind"] = organisation.Kind.ToString(),
        ["town"] = organisation.Town,
        ["website"] = organisation.Website,
        ["contacts"] = organisation.Contacts.Count,
    };
}
