using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Xml;
using Cohorts.Engine.Exceptions;
using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Templates;

/// <summary>
/// The built-in programmes, embedded in this assembly as JSON (one <c>Templates/*.json</c> file each): Boost
/// Innovation, OpenLab « Exploration-Innovation », Tournée de l'innovation, Semaine de l'Innovation and the CIME
/// learning expedition. Every call returns new entities, so a caller may edit what it gets.
/// </summary>
public static class ProgrammeTemplates
{
    private const string ResourcePrefix = "Cohorts.Workflows.Templates.";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    // Definition documents as they were written: indented, accents and quotes left as they are.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Lazy<IReadOnlyList<TemplateDocument>> Documents = new(Load);

    /// <summary>Gets the ids of the built-in programmes, in order.</summary>
    public static IReadOnlyList<string> Ids => [.. Documents.Value.Select(d => d.Programme.Id)];

    /// <summary>Lists the built-in programmes, by id.</summary>
    public static IReadOnlyList<ProgrammeTemplate> List() => [.. Documents.Value.Select(Build)];

    /// <summary>Gets a built-in programme.</summary>
    /// <exception cref="NotFoundException">No built-in programme has that id.</exception>
    public static ProgrammeTemplate Get(string id) =>
        TryGet(id, out var template) ? template : throw new NotFoundException("programme template", id);

    /// <summary>Gets a built-in programme, if one has that id.</summary>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProgrammeTemplate? template)
    {
        var document = Documents.Value.FirstOrDefault(d => string.Equals(d.Programme.Id, id, StringComparison.Ordinal));
        template = document is null ? null : Build(document);
        return template is not null;
    }

    private static ProgrammeTemplate Build(TemplateDocument document)
    {
        var p = document.Programme;
        var programme = new Programme(
            p.Id,
            p.Name,
            p.Description.Fr,
            DefinitionId(document.CompanyWorkflow, p.Id),
            p.DurationMonths,
            p.TimeZone,
            p.CofundingShare,
            p.FunderName,
            p.Budget,
            p.Currency)
        {
            CohortDefinitionId = document.CohortWorkflow is { } cohort ? DefinitionId(cohort, p.Id) : null,
        };
        programme.SetCoachingTime(
            p.SessionLength is { } length ? XmlConvert.ToTimeSpan(length) : SessionLengths.Coaching,
            p.HoursPerCompany is { } hours ? XmlConvert.ToTimeSpan(hours) : null);
        programme.Targets.AddRange(p.Targets.OrderBy(t => t.Key).Select(t => new KpiTarget(t.Key, t.Value)));
        return new ProgrammeTemplate(
            programme,
            new LocalizedText(p.Description.Fr, p.Description.En),
            p.Organiser,
            p.Source,
            p.CohortSize.Companies,
            p.CohortSize.Coaches,
            Write(document.CompanyWorkflow),
            document.CohortWorkflow is { } json ? Write(json) : null)
        {
            FormsJson = [.. (document.Forms ?? []).Select(f => f!.ToJsonString())],
            Organisations = document.Organisations ?? [],
        };
    }

    private static string DefinitionId(JsonObject definition, string programmeId) =>
        definition["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"Template '{programmeId}': a workflow has no id.");

    private static string Write(JsonObject definition) => definition.ToJsonString(Indented);

    private static List<TemplateDocument> Load()
    {
        var assembly = typeof(ProgrammeTemplates).Assembly;
        var documents = new List<TemplateDocument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            try
            {
                documents.Add(JsonSerializer.Deserialize<TemplateDocument>(stream, Options)
                    ?? throw new InvalidOperationException($"Template resource '{name}' is null."));
            }
            catch (JsonException ex)
            {
                // The files are part of the build and covered by tests: a bad one is a bug, not an input error.
                throw new InvalidOperationException($"Template resource '{name}' is invalid: {ex.Message}", ex);
            }
        }

        return documents;
    }
}
