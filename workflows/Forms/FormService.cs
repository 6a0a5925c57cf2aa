using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Forms;

/// <summary>
/// A programme's forms: publishes a form's JSON as version n+1 when it changed (with its audit entry, in one
/// transaction), lists the programme's forms with their latest version, reads a version. Access is the caller's to
/// check (the host's <c>UserAccess</c>).
/// </summary>
public sealed class FormService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal FormService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Publishes <paramref name="json"/> as the next version of its form in <paramref name="programmeId"/>, unless it equals the latest.</summary>
    /// <exception cref="DomainRuleException">The form has problems (every one by its JSON path), the programme holds too many forms, or no programme has that id (404).</exception>
    public Task<FormPublished> PublishAsync(string programmeId, string? json, string? actor, CancellationToken cancellationToken = default)
    {
        var read = FormReader.Read(json);
        if (read.Definition is not { } form)
        {
            throw new DomainRuleException(read.Problems);
        }

        var canonical = FormJson.Write(form);
        return _store.WriteAsync(
            async db =>
            {
                await RequireProgrammeAsync(db, programmeId, cancellationToken);
                await Metrics.MetricUniqueness.RequireUniqueAsync(db, programmeId, form, cancellationToken);
                var latest = await db.FormVersions
                    .Where(v => v.ProgrammeId == programmeId && v.FormId == form.Id)
                    .OrderByDescending(v => v.Version)
                    .FirstOrDefaultAsync(cancellationToken);
                if (latest is not null && latest.Json == canonical)
                {
                    return new FormPublished(form.Id, latest.Version, IsNew: false);
                }

                if (latest is null)
                {
                    var forms = await db.FormVersions.Where(v => v.ProgrammeId == programmeId).Select(v => v.FormId).Distinct().CountAsync(cancellationToken);
                    if (forms >= FormLimits.MaxFormsPerProgramme)
                    {
                        throw new DomainRuleException("id", $"A programme has at most {FormLimits.MaxFormsPerProgramme} forms.");
                    }
                }

                var now = _time.GetUtcNow();
                var by = string.IsNullOrWhiteSpace(actor) ? AuditLog.System : actor.Trim();
                var version = new FormVersion(programmeId, form.Id, (latest?.Version ?? 0) + 1, canonical, now, by);
                db.FormVersions.Add(version);
                AuditLog.Add(db, now, by, AuditActions.FormPublished, subjectId: programmeId, data: new JsonObject
                {
                    ["formId"] = form.Id,
                    ["version"] = version.Version,
                    ["questions"] = form.Questions.Count,
                });
                return new FormPublished(form.Id, version.Version, IsNew: true);
            },
            cancellationToken);
    }

    /// <summary>Lists a programme's forms with their latest version, by id.</summary>
    public Task<IReadOnlyList<FormSummary>> ListAsync(string programmeId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync<IReadOnlyList<FormSummary>>(
            async db =>
            {
                var latest = await db.FormVersions.AsNoTracking()
                    .Where(v => v.ProgrammeId == programmeId
                        && v.Version == db.FormVersions.Where(o => o.ProgrammeId == v.ProgrammeId && o.FormId == v.FormId).Max(o => o.Version))
                    .OrderBy(v => v.FormId)
                    .ToListAsync(cancellationToken);
                return [.. latest.Select(v =>
                {
                    var form = v.ReadDefinition();
                    return new FormSummary(v.FormId, form.Name, v.Version, form.Questions.Count, v.PublishedAt, v.PublishedBy);
                })];
            },
            cancellationToken);

    /// <summary>Reads a version of a programme's form; without <paramref name="version"/>, the latest.</summary>
    /// <exception cref="DomainRuleException">No such form or version (404).</exception>
    public Task<FormVersion> GetVersionAsync(string programmeId, string formId, int? version = null, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                var versions = db.FormVersions.AsNoTracking().Where(v => v.ProgrammeId == programmeId && v.FormId == formId);
                var found = version is { } number
                    ? await versions.SingleOrDefaultAsync(v => v.Version == number, cancellationToken)
                    : await versions.OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
                return found ?? throw (version is null
                    ? new DomainRuleException("formId", $"Programme '{programmeId}' has no form '{formId}'.", isNotFound: true)
                    : new DomainRuleException("version", $"Form '{formId}' of programme '{programmeId}' has no version {version}.", isNotFound: true));
            },
            cancellationToken);

    /// <summary>Checks an answer set against the latest version of a form: every problem by its path (<c>answers.revenue</c>).</summary>
    /// <exception cref="DomainRuleException">No such form (404).</exception>
    public async Task<(FormVersion Version, IReadOnlyList<KeyValuePair<string, string>> Problems)> ValidateAnswersAsync(string programmeId, string formId, JsonNode? answers, CancellationToken cancellationToken = default)
    {
        var latest = await GetVersionAsync(programmeId, formId, null, cancellationToken);
        return (latest, AnswerValidator.Validate(latest.ReadDefinition(), answers));
    }

    private static async Task RequireProgrammeAsync(CohortsDbContext db, string programmeId, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
        {
            throw DomainRuleException.NotFound("programmeId", "programme", programmeId);
        }
    }
}
