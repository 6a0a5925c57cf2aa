using System.Text.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of the definition format (docs/definition-format.md) from the format's own
/// rules and the <see cref="ActivityRegistry"/>'s descriptors: every registered activity type with its settings, so a
/// type a host registers appears without anything else to change. The schema describes shapes (property names, JSON
/// types, durations, enum names, required settings); the reader still checks what a schema cannot say (unique ids,
/// expression syntax, each type's own rules, the limits), so a document the schema accepts may still have problems,
/// and one the reader accepts always matches the schema except for enum names written in another case.
/// </summary>
public static class DefinitionSchema
{
    /// <summary>The schema's <c>$schema</c>: JSON Schema draft 2020-12.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>What an ISO 8601 duration looks like (<c>P1M</c>, <c>P2W</c>, <c>PT4H30M</c>, <c>P6MT1H</c>).</summary>
    public const string DurationPattern = "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$";

    private const string ActivityRef = "#/$defs/activity";

    /// <summary>Writes the schema for the activity types of <paramref name="registry"/>.</summary>
    /// <param name="registry">The activity types the host knows.</param>
    /// <param name="id">The schema's <c>$id</c> (where it is published), if any.</param>
    public static JsonObject Create(ActivityRegistry registry, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var descriptors = registry.Descriptors.ToList();
        var defs = new JsonObject
        {
            ["activity"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("type"),
                ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = Strings(descriptors.Select(d => d.TypeName)) } },
                ["oneOf"] = new JsonArray([.. descriptors.Select(d => (JsonNode)new JsonObject { ["$ref"] = $"#/$defs/activities/{d.TypeName}" })]),
            },
            ["activities"] = new JsonObject(descriptors.Select(d => KeyValuePair.Create(d.TypeName, (JsonNode?)Activity(d)))),
            ["duration"] = new JsonObject { ["type"] = "string", ["pattern"] = DurationPattern, ["description"] = "An ISO 8601 duration: P1M, P2W, PT4H30M." },
            ["calendar"] = Calendar(),
        };

        var schema = new JsonObject { ["$schema"] = Dialect };
        if (id is not null)
        {
            schema["$id"] = id;
        }

        schema["title"] = "Cohorts workflow definition";
        schema["description"] = "A workflow definition document (docs/definition-format.md), format " + DefinitionFormat.CurrentVersion + ".";
        schema["type"] = "object";
        schema["required"] = new JsonArray("format", "id", "name", "root");
        schema["additionalProperties"] = false;
        schema["properties"] = new JsonObject
        {
            ["format"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = DefinitionFormat.CurrentVersion },
            ["id"] = NonBlank(),
            ["name"] = NonBlank(),
            ["description"] = new JsonObject { ["type"] = "string" },
            ["timeZone"] = new JsonObject { ["type"] = "string", ["description"] = "An IANA time zone id such as Europe/Paris." },
            ["calendar"] = new JsonObject { ["$ref"] = "#/$defs/calendar" },
            ["variables"] = new JsonObject { ["type"] = "object" },
            ["root"] = new JsonObject { ["$ref"] = ActivityRef },
        };
        schema["$defs"] = defs;
        return schema;
    }

    private static JsonObject Activity(ActivityDescriptor descriptor)
    {
        var properties = new JsonObject
        {
            ["type"] = new JsonObject { ["const"] = descriptor.TypeName },
            ["id"] = NonBlank(),
            ["displayName"] = new JsonObject { ["type"] = "string" },
        };
        foreach (var property in descriptor.Properties)
        {
            properties[property.JsonName] = Setting(property.Property, 0);
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["title"] = descriptor.TypeName,
            ["required"] = Strings(["type", .. descriptor.Properties.Where(p => p.IsRequired).Select(p => p.JsonName)]),
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Setting(PropertyInfo property, int depth)
    {
        var nullable = new NullabilityInfoContext().Create(property);
        var schema = Value(property.PropertyType, depth);
        var allowsNull = property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : nullable.WriteState != NullabilityState.NotNull;
        return allowsNull ? new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) } : schema;
    }

    private static JsonObject Value(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (typeof(Activity).IsAssignableFrom(type))
        {
            return new JsonObject { ["$ref"] = ActivityRef };
        }

        if (type == typeof(string))
        {
            return new JsonObject { ["type"] = "string" };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return new JsonObject { ["type"] = "integer" };
        }

        if (type == typeof(double) || type == typeof(decimal))
        {
            return new JsonObject { ["type"] = "number" };
        }

        if (type == typeof(IsoDuration) || type == typeof(TimeSpan))
        {
            return new JsonObject { ["$ref"] = "#/$defs/duration" };
        }

        if (type.IsEnum)
        {
            // Read in any case: the names as declared (as the writer writes them) and in camelCase (as the docs write them).
            var names = Enum.GetNames(type);
            return new JsonObject { ["type"] = "string", ["enum"] = Strings(names.Concat(names.Select(JsonNamingPolicy.CamelCase.ConvertName)).Distinct(StringComparer.Ordinal)) };
        }

        if (SettingTypes.ElementType(type) is { } element)
        {
            return new JsonObject { ["type"] = "array", ["items"] = Value(element, depth + 1) };
        }

        if (depth < 4 && SettingTypes.IsComposite(type))
        {
            var settings = SettingTypes.Of(type);
            return new JsonObject
            {
                ["type"] = "object",
                ["required"] = Strings(settings.Where(s => s.IsRequired).Select(s => s.JsonName)),
                ["properties"] = new JsonObject(settings.Select(s => KeyValuePair.Create(s.JsonName, (JsonNode?)Setting(s.Property, depth + 1)))),
                ["additionalProperties"] = false,
            };
        }

        // A JSON value, or a settings record read by System.Text.Json: its shape is the type's own business.
        return [];
    }

    private static JsonObject Calendar()
    {
        var day = new JsonObject { ["type"] = "string", ["pattern"] = "^(\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2})$", ["description"] = "A month-day (08-01) or a date (2026-12-24)." };
        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["excludeWeekends"] = new JsonObject { ["type"] = "boolean" },
                ["excludedDays"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(Enum.GetNames<DayOfWeek>()) } },
                ["holidays"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(HolidayCalendars.Known.Select(c => c.Name)) },
                ["closures"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("from", "to"),
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject { ["from"] = day, ["to"] = day.DeepClone(), ["name"] = new JsonObject { ["type"] = "string" } },
                    },
                },
            },
        };
    }

    private static JsonObject NonBlank() => new() { ["type"] = "string", ["minLength"] = 1 };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
