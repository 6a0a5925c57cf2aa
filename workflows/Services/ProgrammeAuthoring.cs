using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Persistence;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Templates;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>
/// Creates programmes (from a template or blank, each with its own id and its own copies of the definitions), edits
/// their settings and archives them. The calendar and the time zone live in the definitions' JSON: changing them
/// publishes a new version of each definition through the engine's catalog (running journeys keep theirs), then the
/// programme's row and its audit entry are written in one transaction.
/// </summary>
public sealed class ProgrammeAuthoring : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Two creations of the same name in this process take turns, so that they never pick the same id.
    private readonly SemaphoreSlim _creating = new(1, 1);
    private readonly CohortsStore _store;
    private readonly WorkflowDefinitionCatalog _catalog;
    private readonly IWorkflowDefinitionStore _definitions;
    private readonly DefinitionSerializer _serializer;
    private readonly TimeProvider _time;

    internal ProgrammeAuthoring(CohortsStore store, WorkflowDefinitionCatalog catalog, IWorkflowDefinitionStore definitions, DefinitionSerializer serializer, TimeProvider time)
    {
        _store = store;
        _catalog = catalog;
        _definitions = definitions;
        _serializer = serializer;
        _time = time;
    }

    /// <inheritdoc/>
    public void Dispose() => _creating.Dispose();

    /// <summary>
    /// Creates a new programme: its id is a slug of its name made unique (<c>boost-innovation</c>, then
    /// <c>boost-innovation-2</c>), its definitions <c>{id}-company</c> and <c>{id}-cohort</c> are published as its own.
    /// </summary>
    /// <exception cref="DomainRuleException">A field is wrong (every problem listed), or the template is unknown (404).</exception>
    public async Task<Programme> CreateAsync(NewProgramme request, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ProgrammeTemplate? template = null;
        if (request.TemplateId is { } templateId && !ProgrammeTemplates.TryGet(templateId, out template))
        {
            throw new DomainRuleException("templateId", $"No template '{templateId}'; the templates are {string.Join(", ", ProgrammeTemplates.Ids)}.", isNotFound: true);
        }

        var problems = new Problems();
        problems.Required("name", request.Name, "The name");
        problems.Text("name", request.Name?.Trim(), InputLimits.MaxNameLength);
        problems.Text("description.fr", request.Description?.Fr?.Trim(), ProgrammeLimits.MaxDescriptionLength);
        problems.Text("description.en", request.Description?.En?.Trim(), ProgrammeLimits.MaxDescriptionLength);
        if (template is null || request.DurationMonths is not null)
        {
            ProgrammeSettingsValidator.Duration(request.DurationMonths, problems);
        }

        if (request.TimeZone is not null)
        {
            ProgrammeSettingsValidator.Zone(request.TimeZone, problems);
        }

        problems.ThrowIfAny();
        var name = Text.Spacing.Collapse(request.Name!);
        await _creating.WaitAsync(cancellationToken);
        try
        {
            var id = await UniqueIdAsync(ProgrammeSlug.Of(name), cancellationToken);
            var (programme, company, cohort) = template is null ? Blank(id, name, request) : FromTemplate(id, name, template, request);
            await _catalog.PublishJsonAsync(company, actor, cancellationToken);
            if (cohort is not null)
            {
                await _catalog.PublishJsonAsync(cohort, actor, cancellationToken);
            }

            await _store.WriteAsync(
                async db =>
                {
                    if (await db.Programmes.AnyAsync(p => p.Id == programme.Id, cancellationToken))
                    {
                        throw new DomainRuleException("name", $"A programme with id '{programme.Id}' exists already.");
                    }

                    db.Programmes.Add(programme);
                    Forms.Collection.TemplateForms.Add(db, programme.Id, template?.FormsJson ?? [], _time.GetUtcNow(), actor);
                    await TemplateOrganisations.AddAsync(db, programme.Id, template?.Organisations ?? [], _time.GetUtcNow(), cancellationToken);
                    AuditLog.Add(db, _time.GetUtcNow(), actor, AuditActions.ProgrammeAdded, subjectId: programme.Id, data: new JsonObject { ["name"] = programme.Name, ["templateId"] = template?.Id });
                },
                cancellationToken);
            return programme;
        }
        finally
        {
            _creating.Release();
        }
    }

    /// <summary>Reads a programme's settings as <see cref="UpdateAsync"/> takes them, its calendar from its company journey's latest version.</summary>
    /// <exception cref="DomainRuleException">No programme has that id (404).</exception>
    public async Task<ProgrammeSettings> ReadSettingsAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        var programme = await FindAsync(programmeId, cancellationToken);
        var stored = await _definitions.FindAsync(programme.DefinitionId, null, cancellationToken);
        var calendar = stored is null ? null : JsonNode.Parse(stored.Json)?["calendar"] as JsonObject;
        return new ProgrammeSettings(
            programme.Name,
            new DescriptionSettings(programme.Description, programme.DescriptionEn),
            programme.DurationMonths,
            programme.TimeZoneId,
            CalendarOf(calendar),
            programme.Targets.ToDictionary(t => t.Kpi.ToString(), t => t.Target, StringComparer.Ordinal),
            programme.Budget,
            programme.Currency,
            [.. programme.CoFunders.Select(f => new CoFunderSettings(f.Name, f.Share))],
            System.Xml.XmlConvert.ToString(programme.SessionLength),
            programme.HoursPerCompany is { } hours ? System.Xml.XmlConvert.ToString(hours) : null);
    }

    /// <summary>
    /// Replaces a programme's settings. A calendar or time zone that changes publishes a new version of each of its
    /// definitions (cohorts launched afterwards run it; running journeys keep theirs). Recorded as
    /// <see cref="AuditActions.ProgrammeEdited"/> with <paramref name="actor"/>.
    /// </summary>
    /// <exception cref="DomainRuleException">No such programme (404), or a field is wrong (every problem listed by its path; nothing changed).</exception>
    public async Task<Programme> UpdateAsync(string programmeId, ProgrammeSettings settings, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var programme = await FindAsync(programmeId, cancellationToken);
        var problems = new Problems();
        var valid = ProgrammeSettingsValidator.Check(settings, problems);
        List<string> documents = [];
        if (valid is not null)
        {
            foreach (var definitionId in DefinitionIds(programme))
            {
                if (await RewriteAsync(definitionId, valid, problems, cancellationToken) is { } json)
                {
                    documents.Add(json);
                }
            }
        }

        problems.ThrowIfAny();
        var versions = new JsonObject();
        foreach (var json in documents)
        {
            var published = await _catalog.PublishJsonAsync(json, actor, cancellationToken);
            versions[published.DefinitionId] = published.Version;
        }

        return await _store.WriteAsync(
            async db =>
            {
                var tracked = await db.Programmes.SingleAsync(p => p.Id == programme.Id, cancellationToken);
                var changed = Changes(tracked, valid!);
                tracked.Describe(valid!.Name, valid.DescriptionFr, valid.DescriptionEn);
                tracked.Schedule(valid.DurationMonths, valid.TimeZone);
                tracked.Fund(valid.Budget, valid.Currency, valid.CoFunders);
                tracked.SetTargets(valid.Targets);
                tracked.SetCoachingTime(valid.SessionLength, valid.HoursPerCompany);
                if (versions.Count > 0)
                {
                    changed.Add("calendar");
                }

                AuditLog.Add(db, _time.GetUtcNow(), actor, AuditActions.ProgrammeEdited, subjectId: tracked.Id, data: new JsonObject
                {
                    ["name"] = tracked.Name,
                    ["changed"] = new JsonArray([.. changed.Distinct().Select(c => (JsonNode)c)]),
                    ["versions"] = versions,
                });
                return tracked;
            },
            cancellationToken);
    }

    /// <summary>Archives a programme (kept, hidden from everyday lists, no new cohort) or restores it, recorded with <paramref name="actor"/>; doing it twice records nothing.</summary>
    /// <exception cref="DomainRuleException">No programme has that id (404).</exception>
    public Task<Programme> SetArchivedAsync(string programmeId, bool archived, string? actor = null, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(
            async db =>
            {
                var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("programmeId", "programme", programmeId);
                if (archived == programme.ArchivedAt is not null)
                {
                    return programme;
                }

                var now = _time.GetUtcNow();
                if (archived)
                {
                    programme.Archive(now);
                }
                else
                {
                    programme.Restore();
                }

                AuditLog.Add(db, now, actor, archived ? AuditActions.ProgrammeArchived : AuditActions.ProgrammeRestored, subjectId: programme.Id, data: new JsonObject { ["name"] = programme.Name });
                return programme;
            },
            cancellationToken);

    private static IEnumerable<string> DefinitionIds(Programme programme) =>
        programme.CohortDefinitionId is { } cohort ? [programme.DefinitionId, cohort] : [programme.DefinitionId];

    private static List<string> Changes(Programme before, ValidProgrammeSettings after)
    {
        List<string> changed = [];
        void Check(bool same, string field)
        {
            if (!same)
            {
                changed.Add(field);
            }
        }

        Check(before.Name == after.Name, "name");
        Check(before.Description == after.DescriptionFr && before.DescriptionEn == after.DescriptionEn, "description");
        Check(before.DurationMonths == after.DurationMonths, "durationMonths");
        Check(before.TimeZoneId == after.TimeZone, "timeZone");
        Check(before.Targets.OrderBy(t => t.Kpi).SequenceEqual(after.Targets.OrderBy(t => t.Kpi)), "targets");
        Check(before.Budget == after.Budget && before.Currency == after.Currency, "budget");
        Check(before.CoFunders.SequenceEqual(after.CoFunders), "coFunders");
        Check(before.SessionLength == after.SessionLength && before.HoursPerCompany == after.HoursPerCompany, "sessionLength");
        return changed;
    }

    private static CalendarSettings CalendarOf(JsonObject? calendar) => new(
        calendar?["excludeWeekends"]?.GetValue<bool>() ?? false,
        calendar?["holidays"]?.GetValue<string>(),
        calendar?["closures"] is JsonArray closures
            ? [.. closures.OfType<JsonObject>().Select(c => new ClosureSettings(c["from"]?.GetValue<string>(), c["to"]?.GetValue<string>(), c["name"]?.GetValue<string>()))]
            : []);

    private static string Write(JsonObject document) => document.ToJsonString(Indented);

    private static (Programme Programme, string Company, string? Cohort) Blank(string id, string name, NewProgramme request)
    {
        var zone = request.TimeZone?.Trim() ?? "Europe/Paris";
        var programme = new Programme(id, name, request.Description?.Fr ?? string.Empty, $"{id}-company", request.DurationMonths ?? BlankProgramme.DefaultDurationMonths, zone, null, null);
        programme.Describe(name, request.Description?.Fr ?? string.Empty, request.Description?.En ?? string.Empty);
        var english = string.Equals(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);
        return (programme, BlankProgramme.CompanyWorkflowJson(programme.DefinitionId, name, zone, programme.DurationMonths, english), null);
    }

    private static (Programme Programme, string Company, string? Cohort) FromTemplate(string id, string name, ProgrammeTemplate template, NewProgramme request)
    {
        var source = template.Programme;
        var zone = request.TimeZone?.Trim() ?? source.TimeZoneId;
        var programme = new Programme(id, name, source.Description, $"{id}-company", request.DurationMonths ?? source.DurationMonths, zone, null, null, source.Budget, source.Currency)
        {
            CohortDefinitionId = template.CohortWorkflowJson is null ? null : $"{id}-cohort",
        };
        programme.Describe(name, request.Description?.Fr ?? template.Description.French, request.Description?.En ?? template.Description.English);
        programme.Fund(source.Budget, source.Currency, source.CoFunders);
        programme.SetTargets(source.Targets);
        programme.SetCoachingTime(source.SessionLength, source.HoursPerCompany);
        return (
            programme,
            Copy(template.CompanyWorkflowJson, programme.DefinitionId, zone, source.Name, name),
            template.CohortWorkflowJson is { } cohort ? Copy(cohort, programme.CohortDefinitionId!, zone, source.Name, name) : null);
    }

    /// <summary>A template's workflow for a new programme: its ids, its zone, and its name said with the programme's ("Boost Innovation 2027 : parcours…").</summary>
    private static string Copy(string json, string definitionId, string zone, string templateName, string name)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document["id"] = definitionId;
        document["timeZone"] = zone;
        if (document["name"]?.GetValue<string>() is { } said && said.StartsWith(templateName, StringComparison.Ordinal))
        {
            document["name"] = name + said[templateName.Length..];
        }

        return Write(document);
    }

    private async Task<string> UniqueIdAsync(string slug, CancellationToken cancellationToken)
    {
        var taken = await _store.ReadAsync(
            db => db.Programmes.AsNoTracking().Where(p => p.Id == slug || p.Id.StartsWith(slug + "-")).Select(p => p.Id).ToListAsync(cancellationToken),
            cancellationToken);
        for (var n = 1; ; n++)
        {
            var id = n == 1 ? slug : $"{slug}-{n}";
            if (!taken.Contains(id, StringComparer.Ordinal)
                && await _definitions.FindLatestVersionAsync($"{id}-company", cancellationToken) is null
                && await _definitions.FindLatestVersionAsync($"{id}-cohort", cancellationToken) is null)
            {
                return id;
            }
        }
    }

    private async Task<Programme> FindAsync(string programmeId, CancellationToken cancellationToken) =>
        await _store.ReadAsync(db => db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken), cancellationToken)
            ?? throw DomainRuleException.NotFound("programmeId", "programme", programmeId);

    // The latest document with the new calendar and zone, or null when they are its own already; its problems are
    // added under the settings' paths (calendar.closures[0].from), so nothing is published when one is wrong.
    private async Task<string?> RewriteAsync(string definitionId, ValidProgrammeSettings settings, Problems problems, CancellationToken cancellationToken)
    {
        var stored = await _definitions.FindAsync(definitionId, null, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var document = JsonNode.Parse(stored.Json)!.AsObject();
        if (JsonNode.DeepEquals(document["calendar"], settings.Calendar) && document["timeZone"]?.GetValue<string>() == settings.TimeZone)
        {
            return null;
        }

        document["calendar"] = settings.Calendar.DeepClone();
        document["timeZone"] = settings.TimeZone;
        var json = Write(document);
        var result = _serializer.Read(json, DefinitionReadMode.Strict);
        foreach (var problem in result.Problems)
        {
            if (problem.Path.StartsWith("$.calendar", StringComparison.Ordinal))
            {
                problems.Add(problem.Path[2..], problem.Message);
            }
            else if (problem.Path.StartsWith("$.timeZone", StringComparison.Ordinal))
            {
                problems.Add("timeZone", problem.Message);
            }
            else
            {
                problems.Add("calendar", $"Definition '{definitionId}' cannot be published again ({problem.Path}: {problem.Message}); fix it in the definition editor first.");
            }
        }

        return result.Problems.Count == 0 ? json : null;
    }
}
