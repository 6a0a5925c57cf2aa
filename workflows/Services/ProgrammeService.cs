using System.Text.Json.Nodes;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>Adds and reads programmes (the kinds of accompaniment cohorts run).</summary>
public sealed class ProgrammeService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal ProgrammeService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Adds a programme, recorded in the audit trail with <paramref name="actor"/>.</summary>
    /// <exception cref="DomainRuleException">A programme has that id already, or its time zone is unknown.</exception>
    public async Task AddAsync(Programme programme, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (ZonedTime.FindZone(programme.TimeZoneId) is null)
        {
            throw new DomainRuleException("timeZoneId", $"'{programme.TimeZoneId}' is not a known time zone (an IANA id such as Europe/Paris).");
        }

        await _store.WriteAsync(
            async db =>
            {
                if (await db.Programmes.AnyAsync(p => p.Id == programme.Id, cancellationToken))
                {
                    throw new DomainRuleException("id", $"A programme with id '{programme.Id}' exists already.");
                }

                db.Programmes.Add(programme);
                AuditLog.Add(db, _time.GetUtcNow(), actor, AuditActions.ProgrammeAdded, subjectId: programme.Id, data: new JsonObject { ["name"] = programme.Name });
            },
            cancellationToken);
    }

    /// <summary>Reads a programme.</summary>
    /// <exception cref="DomainRuleException">No programme has that id.</exception>
    public async Task<Programme> GetAsync(string programmeId, CancellationToken cancellationToken = default) =>
        await _store.ReadAsync(db => db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken), cancellationToken)
            ?? throw DomainRuleException.NotFound("programmeId", "programme", programmeId);

    /// <summary>Lists the programmes by name.</summary>
    public Task<List<Programme>> ListAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync(db => db.Programmes.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken), cancellationToken);
}
