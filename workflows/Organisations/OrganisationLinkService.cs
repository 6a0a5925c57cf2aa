using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Organisations;

/// <summary>
/// What organisations are to programmes (partners, funders, organisers, hosts, members) and to events (host,
/// organisers): lists them, adds, removes and replaces links, each write with its audit entry in one transaction. An
/// archived organisation keeps its links but takes no new one. Who may do it is the caller's to check.
/// </summary>
public sealed class OrganisationLinkService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal OrganisationLinkService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Lists a programme's organisations, by role then name.</summary>
    /// <exception cref="DomainRuleException">No such programme (404).</exception>
    public Task<IReadOnlyList<LinkedOrganisation>> ListProgrammeAsync(string programmeId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                await RequireProgrammeAsync(db, programmeId, cancellationToken);
                return await ProgrammeLinksAsync(db, programmeId, cancellationToken);
            },
            cancellationToken);

    /// <summary>Replaces a programme's links with <paramref name="links"/> (duplicates count once).</summary>
    /// <exception cref="DomainRuleException">
    /// No such programme (404); an organisation does not exist or, newly linked, is archived (400 at <c>[i].organisationId</c>);
    /// more than <see cref="OrganisationLimits.MaxPerProgramme"/> links.
    /// </exception>
    public Task<IReadOnlyList<LinkedOrganisation>> ReplaceProgrammeAsync(string programmeId, IReadOnlyList<ProgrammeOrganisationLink?> links, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        var problems = new Problems();
        if (problems.MaxCount("links", links.Count, OrganisationLimits.MaxPerProgramme))
        {
            for (var i = 0; i < links.Count; i++)
            {
                if (links[i] is null)
                {
                    problems.Add($"[{i}]", "Give an organisation and its role here, not null.");
                }
                else if (!Enum.IsDefined(links[i]!.Role))
                {
                    problems.Add($"[{i}].role", $"Expected one of: {string.Join(", ", Enum.GetNames<ProgrammeOrganisationRole>())}.");
                }
            }
        }

        problems.ThrowIfAny();
        return _store.WriteAsync(
            async db =>
            {
                await RequireProgrammeAsync(db, programmeId, cancellationToken);
                var existing = await db.ProgrammeOrganisations.Where(l => l.ProgrammeId == programmeId).ToListAsync(cancellationToken);
                var wanted = new List<ProgrammeOrganisation>();
                for (var i = 0; i < links.Count; i++)
                {
                    var link = new ProgrammeOrganisation(programmeId, links[i]!.OrganisationId, links[i]!.Role);
                    if (wanted.Contains(link))
                    {
                        continue;
                    }

                    if (!existing.Contains(link))
                    {
                        await RequireLinkableAsync(db, link.OrganisationId, $"[{i}].organisationId", cancellationToken);
                    }

                    wanted.Add(link);
                }

                var removed = existing.Except(wanted).ToList();
                var added = wanted.Except(existing).ToList();
                db.ProgrammeOrganisations.RemoveRange(removed);
                db.ProgrammeOrganisations.AddRange(added);
                if (removed.Count + added.Count > 0)
                {
                    AuditLog.Add(db, _time.GetUtcNow(), actor, AuditActions.ProgrammeOrganisationsChanged, subjectId: programmeId, data: new JsonObject
                    {
                        ["added"] = Describe(added),
                        ["removed"] = Describe(removed),
                    });
                }

                await db.SaveChangesAsync(cancellationToken);
                return await ProgrammeLinksAsync(db, programmeId, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Links an organisation to a programme in a role (already linked so: nothing more).</summary>
    /// <exception cref="DomainRuleException">
    /// No such programme (404); the organisation does not exist or is archived (400 at <c>organisationId</c>); the
    /// programme has <see cref="OrganisationLimits.MaxPerProgramme"/> links already.
    /// </exception>
    public Task<IReadOnlyList<LinkedOrganisation>> LinkProgrammeAsync(string programmeId, ProgrammeOrganisationLink link, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!Enum.IsDefined(link.Role))
        {
            throw new DomainRuleException("role", $"Expected one of: {string.Join(", ", Enum.GetNames<ProgrammeOrganisationRole>())}.");
        }

        return _store.WriteAsync(
            async db =>
            {
                await RequireProgrammeAsync(db, programmeId, cancellationToken);
                var row = new ProgrammeOrganisation(programmeId, link.OrganisationId, link.Role);
                var existing = await db.ProgrammeOrganisations.Where(l => l.ProgrammeId == programmeId).ToListAsync(cancellationToken);
                if (!existing.Contains(row))
                {
                    await RequireLinkableAsync(db, link.OrganisationId, "organisationId", cancellationToken);
                    if (existing.Count >= OrganisationLimits.MaxPerProgramme)
                    {
                        throw new DomainRuleException("organisationId", LimitMessages.ListTooLong(OrganisationLimits.MaxPerProgramme, existing.Count + 1));
                    }

                    db.ProgrammeOrganisations.Add(row);
                    AuditLog.Add(db, _time.GetUtcNow(), actor, AuditActions.ProgrammeOrganisationsChanged, subjectId: programmeId, data: new JsonObject
                    {
                        ["added"] = Describe([row]),
                        ["removed"] = new JsonArray(),
                    });
                    await db.SaveChangesAsync(cancellationToken);
                }

                return await ProgrammeLinksAsync(db, programmeId, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Removes an organisation's link to a programme in a role (not linked so: nothing happens).</summary>
    /// <exception cref="DomainRuleException">No such programme (404).</exception>
    public Task<IReadOnlyList<LinkedOrganisation>> UnlinkProgrammeAsync(string programmeId, Guid organisationId, ProgrammeOrganisationRole role, string actor, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(
            async db =>
            {
                await RequireProgrammeAsync(db, programmeId, cancellationToken);
                var row = await db.ProgrammeOrganisations.SingleOrDefaultAsync(l => l.ProgrammeId == programmeId && l.OrganisationId == organisationId && l.Role == role, cancellationToken);
                if (row is not null)
                {
                    db.ProgrammeOrganisations.Remove(row);
                    AuditLog.Add(db, _time.GetUtcNow(), actor, AuditActions.ProgrammeOrganisationsChanged, subjectId: programmeId, data: new JsonObject
                    {
                        ["added"] = new JsonArray(),
                        ["removed"] = Describe([row]),
                    });
                    await db.SaveChangesAsync(cancellationToken);
                }

                return await ProgrammeLinksAsync(db, programmeId, cancellationToken);
            },
            cancellationToken);

    /// <summary>Lists an event's host and organisers (host first).</summary>
    /// <exception cref="DomainRuleException">No such session (404).</exception>
    public Task<IReadOnlyList<LinkedOrganisation>> ListEventAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                if (!await db.Sessions.AnyAsync(s => s.Id == sessionId, cancellationToken))
                {
                    throw DomainRuleException.NotFound("sessionId", "session", sessionId);
                }

                return await EventLinksAsync(db, sessionId, cancellationToken);
            },
            cancellationToken);

    /// <summary>Sets an event's host and organisers (replacing the ones it had), on a collective event not yet held nor cancelled.</summary>
    /// <exception cref="DomainRuleException">
    /// No such session (404); a coaching session, or an event held or cancelled (400 at <c>sessionId</c>); an
    /// organisation does not exist or, newly named, is archived (400 at <c>hostId</c>, <c>organiserIds[i]</c>); more than
    /// <see cref="OrganisationLimits.MaxPerEvent"/> organisations.
    /// </exception>
    public Task<IReadOnlyList<LinkedOrganisation>> SetEventAsync(Guid sessionId, EventOrganisationsInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organisers = input.OrganiserIds ?? [];
        var problems = new Problems();
        problems.MaxCount("organiserIds", organisers.Count + (input.HostId is null ? 0 : 1), OrganisationLimits.MaxPerEvent);
        problems.ThrowIfAny();
        return _store.WriteAsync(
            async db =>
            {
                var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("sessionId", "session", sessionId);
                if (session.CoachId is not null)
                {
                    throw new DomainRuleException("sessionId", $"'{session.Title}' is a coaching session: only a collective event has a host and organisers.");
                }

                if (session.IsSettled)
                {
                    throw new DomainRuleException("sessionId", $"'{session.Title}' is {(session.IsCancelled ? "cancelled" : "recorded")} already: its host and organisers stay as they were.");
                }

                var existing = await db.EventOrganisations.Where(e => e.SessionId == sessionId).ToListAsync(cancellationToken);
                var wanted = new List<EventOrganisation>();
                if (input.HostId is { } hostId)
                {
                    wanted.Add(await WantedAsync(db, new EventOrganisation(sessionId, hostId, EventOrganisationRole.Host), existing, "hostId", cancellationToken));
                }

                for (var i = 0; i < organisers.Count; i++)
                {
                    var link = await WantedAsync(db, new EventOrganisation(sessionId, organisers[i], EventOrganisationRole.Organiser), existing, $"organiserIds[{i}]", cancellationToken);
                    if (!wanted.Contains(link))
                    {
                        wanted.Add(link);
                    }
                }

                var removed = existing.Except(wanted).ToList();
                var added = wanted.Except(existing).ToList();
                db.EventOrganisations.RemoveRange(removed);
                db.EventOrganisations.AddRange(added);
                if (removed.Count + added.Count > 0)
                {
                    AuditLog.Add(db, _time.GetUtcNow(), actor, AuditActions.EventOrganisationsSet, session.CohortId, subjectId: sessionId.ToString(), data: new JsonObject
                    {
                        ["title"] = session.Title,
                        ["hostId"] = input.HostId?.ToString(),
                        ["organiserIds"] = new JsonArray([.. wanted.Where(w => w.Role == EventOrganisationRole.Organiser).Select(w => (JsonNode)w.OrganisationId.ToString())]),
                    });
                }

                await db.SaveChangesAsync(cancellationToken);
                return await EventLinksAsync(db, sessionId, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Refuses an organisation that does not exist or is archived (for a new link, a coach or a participant), at <paramref name="field"/>.</summary>
    /// <exception cref="DomainRuleException">It does not exist, or is archived (400 at <paramref name="field"/>).</exception>
    public static async Task RequireLinkableAsync(CohortsDbContext db, Guid organisationId, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => new { o.Name, o.ArchivedAt }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException(field, $"No organisation with id '{organisationId}' in the directory.");
        if (found.ArchivedAt is not null)
        {
            throw new DomainRuleException(field, $"'{found.Name}' is archived in the directory: restore it first.");
        }
    }

    private static async Task<EventOrganisation> WantedAsync(CohortsDbContext db, EventOrganisation link, List<EventOrganisation> existing, string field, CancellationToken cancellationToken)
    {
        if (!existing.Contains(link))
        {
            await RequireLinkableAsync(db, link.OrganisationId, field, cancellationToken);
        }

        return link;
    }

    private static async Task RequireProgrammeAsync(CohortsDbContext db, string programmeId, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
        {
            throw DomainRuleException.NotFound("programmeId", "programme", programmeId);
        }
    }

    private static async Task<IReadOnlyList<LinkedOrganisation>> ProgrammeLinksAsync(CohortsDbContext db, string programmeId, CancellationToken cancellationToken)
    {
        var rows = await (
                from link in db.ProgrammeOrganisations.AsNoTracking()
                join organisation in db.Organisations.AsNoTracking() on link.OrganisationId equals organisation.Id
                where link.ProgrammeId == programmeId
                select new { link.Role, organisation.Id, organisation.Name, organisation.Kind, organisation.Town, organisation.ArchivedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Role).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => new LinkedOrganisation(r.Id, r.Name, r.Kind, r.Town, r.Role.ToString(), r.ArchivedAt is not null))];
    }

    private static async Task<IReadOnlyList<LinkedOrganisation>> EventLinksAsync(CohortsDbContext db, Guid sessionId, CancellationToken cancellationToken)
    {
        var rows = await (
                from link in db.EventOrganisations.AsNoTracking()
                join organisation in db.Organisations.AsNoTracking() on link.OrganisationId equals organisation.Id
                where link.SessionId == sessionId
                select new { link.Role, organisation.Id, organisation.Name, organisation.Kind, organisation.Town, organisation.ArchivedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Role).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => new LinkedOrganisation(r.Id, r.Name, r.Kind, r.Town, r.Role.ToString(), r.ArchivedAt is not null))];
    }

    private static JsonArray Describe(IEnumerable<ProgrammeOrganisation> links) =>
        new([.. links.Select(l => (JsonNode)new JsonObject { ["organisationId"] = l.OrganisationId.ToString(), ["role"] = l.Role.ToString() })]);
}
