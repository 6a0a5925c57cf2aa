using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Writes definitions in the document format (docs/definition-format.md): indented, camelCase, settings equal to the
/// type's defaults and nulls left out, every activity id written. Reading what it writes and writing again gives the
/// same text.
/// </summary>
public static class DefinitionWriter
{
    // The document is authored and reviewed by people and served as application/json, never inlined in HTML: keep
    // "é", "<" and "&&" readable instead of \u escapes.
    private static readonly JsonSerializerOptions TextOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // As deep as the reader reads: whatever it accepts (a published version, too) can be written back.
        MaxDepth = DefinitionLimits.MaxJsonDepth,
    };

    /// <summary>Writes a definition as an indented JSON document.</summary>
    public static string Write(WorkflowDefinition definition, ActivityRegistry registry) =>
        ToJson(definition, registry).ToJsonString(TextOptions);

    /// <summary>Writes a definition as a JSON object.</summary>
    public static JsonObject ToJson(WorkflowDefinition definition, ActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(registry);
        var json = new JsonObject
        {
            ["format"] = DefinitionFormat.CurrentVersion,
            ["id"] = definition.DefinitionId,
            ["name"] = definition.Name,
        };
        if (definition.Description is not null)
        {
            json["description"] = definition.Description;
        }

        if (definition.TimeZoneId is not null)
        {
            json["timeZone"] = definition.TimeZoneId;
        }

        if (definition.Calendar is not null)
        {
            json["calendar"] = CalendarWriter.Write(definition.Calendar);
        }

        if (definition.Variables.Count > 0)
        {
            var variables = new JsonObject();
            foreach (var (name, value) in definition.Variables)
            {
                variables[name] = value?.DeepClone();
            }

            json["variables"] = variables;
        }

        json["root"] = new ActivityWriter(registry).Write(definition.Root);
        return json;
    }
}
