using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Expressions;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Reads definition documents (docs/definition-format.md). Bad input never throws: the result lists every problem
/// with its JSON path.
/// </summary>
public static class DefinitionReader
{
    private static readonly string[] Known = ["format", "id", "name", "description", "timeZone", "calendar", "variables", "root"];

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false, MaxDepth = DefinitionLimits.MaxJsonDepth };

    /// <summary>Reads a definition document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="registry">The activity types the host knows.</param>
    /// <param name="mode">Strict for authoring and publishing, lenient for loading a published version.</param>
    /// <param name="evaluator">Checks expression syntax; JavaScript (<see cref="JintExpressionEvaluator"/>) by default.</param>
    /// <returns>The definition (version 0: the store numbers versions), or every problem found.</returns>
    public static DefinitionResult Read(
        string json,
        ActivityRegistry registry,
        DefinitionReadMode mode = DefinitionReadMode.Strict,
        IExpressionEvaluator? evaluator = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(registry);
        if (LoneSurrogates.Find(json, JsonPath.Root, DocumentOptions.MaxDepth) is { } unreadable)
        {
            return Failure(unreadable, LoneSurrogates.Message);
        }

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : string.Empty;
            return Failure(JsonSyntax.PathOfError(json, JsonPath.Root, DocumentOptions.MaxDepth) ?? JsonPath.Root, $"not valid JSON{where}: {JsonKinds.Reason(ex.Message)}");
        }

        if (document is not JsonObject root)
        {
            return Failure(JsonPath.Root, $"expected a definition object, found {JsonKinds.Describe(document)}");
        }

        var problems = new List<DefinitionProblem>();
        if (!ReadFormat(root, problems))
        {
            return DefinitionResult.Failure(problems);
        }

        foreach (var (key, _) in root.Where(p => !Known.Contains(p.Key)))
        {
            problems.Add(new DefinitionProblem(JsonPath.Property(JsonPath.Root, key), $"unknown property: a definition has {string.Join(", ", Known)}"));
        }

        var id = ReadText(root, "id", required: true, problems);
        var name = ReadText(root, "name", required: true, problems);
        var description = ReadText(root, "description", required: false, problems);
        var timeZoneId = ReadText(root, "timeZone", required: false, problems);
        if (mode == DefinitionReadMode.Strict)
        {
            // Authoring rules, as the activities' texts (DefinitionRules): a version published before them still loads.
            problems.AddRange(new[]
            {
                DefinitionTexts.OfId("$.id", id), DefinitionTexts.OfName("$.name", name), DefinitionTexts.OfDescription("$.description", description),
            }.OfType<DefinitionProblem>());
        }

        var calendar = CalendarReader.Read(root, problems);
        var variables = ReadVariables(root, problems);
        var reader = new ActivityReader(registry, problems);
        Activity? rootActivity = null;
        if (root.TryGetPropertyValue("root", out var rootNode))
        {
            rootActivity = reader.Read(rootNode, "$.root");
        }
        else
        {
            problems.Add(new DefinitionProblem("$.root", "missing: a definition needs a root activity"));
        }

        if (rootActivity is not null)
        {
            ActivityIds.AssignMissing(rootActivity, registry);
        }

        var lenient = mode == DefinitionReadMode.Lenient;
        problems.AddRange(DefinitionValidator.Check(rootActivity, timeZoneId, calendar, variables, registry, evaluator, lenient, reader.Incomplete));
        return problems.Count > 0
            ? DefinitionResult.Failure(problems)
            : DefinitionResult.Success(new WorkflowDefinition(id!, name!, rootActivity!, 0, description, timeZoneId, variables, calendar));
    }

    private static bool ReadFormat(JsonObject root, List<DefinitionProblem> problems)
    {
        const string Path = "$.format";
        if (!root.TryGetPropertyValue("format", out var node))
        {
            problems.Add(new DefinitionProblem(Path, $"missing: write \"format\": {DefinitionFormat.CurrentVersion}"));
            return true;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number || !value.TryGetValue(out int format))
        {
            problems.Add(new DefinitionProblem(Path, $"expected a whole number, found {JsonKinds.Describe(node)}"));
            return true;
        }

        if (format > DefinitionFormat.CurrentVersion)
        {
            // A newer format may mean anything: reading on would only produce misleading problems.
            problems.Add(new DefinitionProblem(Path, $"format {format} is newer than this build reads (up to {DefinitionFormat.CurrentVersion})"));
            return false;
        }

        if (format < 1)
        {
            problems.Add(new DefinitionProblem(Path, $"unknown format {format}: formats start at 1"));
        }

        return true;
    }

    private static string? ReadText(JsonObject root, string key, bool required, List<DefinitionProblem> problems)
    {
        var path = JsonPath.Property(JsonPath.Root, key);
        if (!root.TryGetPropertyValue(key, out var node) || (node is null && !required))
        {
            if (required)
            {
                problems.Add(new DefinitionProblem(path, "missing: required"));
            }

            return null;
        }

        if (!JsonKinds.TryGetString(node, out var text))
        {
            problems.Add(new DefinitionProblem(path, $"expected a string, found {JsonKinds.Describe(node)}"));
            return null;
        }

        if (required && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new DefinitionProblem(path, "must not be empty"));
            return null;
        }

        return text;
    }

    private static ReadOnlyDictionary<string, JsonNode?> ReadVariables(JsonObject root, List<DefinitionProblem> problems)
    {
        var variables = new OrderedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (!root.TryGetPropertyValue("variables", out var node) || node is null)
        {
            return new ReadOnlyDictionary<string, JsonNode?>(variables);
        }

        if (node is not JsonObject json)
        {
            problems.Add(new DefinitionProblem("$.variables", $"expected an object of initial values, found {JsonKinds.Describe(node)}"));
            return new ReadOnlyDictionary<string, JsonNode?>(variables);
        }

        foreach (var (name, value) in json)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add(new DefinitionProblem(JsonPath.Property("$.variables", name), "a variable needs a name"));
                continue;
            }

            variables[name] = value?.DeepClone();
        }

        return new ReadOnlyDictionary<string, JsonNode?>(variables);
    }

    private static DefinitionResult Failure(string path, string message) => DefinitionResult.Failure([new DefinitionProblem(path, message)]);
}
