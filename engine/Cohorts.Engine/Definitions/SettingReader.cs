using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Converts the JSON value of one setting to the setting's type, reporting what does not fit. Activities, lists and
/// composites are bound here so that problems inside them get exact paths; the common scalar types get short
/// messages; any other type goes through System.Text.Json with <see cref="InstanceStateSerializer.Options"/>.
/// </summary>
internal static class SettingReader
{
    // The persisted formats' options (names, converters), made strict for authored text: a misspelt or missing
    // member of a record-typed setting is a problem, not a silent default.
    private static readonly JsonSerializerOptions StrictOptions = CreateStrictOptions();

    /// <summary>Reads a value.</summary>
    /// <returns>
    /// Whether the value was read completely. A list read in part is still given (with empty entries) so that the
    /// positions of the entries that were read stay right.
    /// </returns>
    public static bool TryRead(ActivityReader reader, JsonNode? node, NullabilityInfo info, string path, out object? value)
    {
        value = null;
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (node is null)
        {
            if (AllowsNull(info))
            {
                return true;
            }

            reader.Report(path, "must not be null");
            return false;
        }

        if (typeof(Activity).IsAssignableFrom(type))
        {
            return TryReadActivity(reader, node, type, path, out value);
        }

        if (SettingTypes.ElementType(type) is { } elementType)
        {
            return TryReadList(reader, node, info, elementType, path, out value);
        }

        if (SettingTypes.IsComposite(type))
        {
            return TryReadComposite(reader, node, type, path, out value);
        }

        if (typeof(JsonNode).IsAssignableFrom(type))
        {
            return Accept(type.IsInstanceOfType(node), node.DeepClone(), $"expected {Article(type)}", reader, node, path, out value);
        }

        return type switch
        {
            _ when type == typeof(string) => Accept(JsonKinds.TryGetString(node, out var text), text, "expected a string", reader, node, path, out value),
            _ when type == typeof(bool) => Accept(IsKind(node, JsonValueKind.True) || IsKind(node, JsonValueKind.False), IsKind(node, JsonValueKind.True), "expected true or false", reader, node, path, out value),
            _ when type == typeof(int) => Accept(TryNumber(node, out int number), number, "expected a whole number", reader, node, path, out value),
            _ when type == typeof(long) => Accept(TryNumber(node, out long number), number, "expected a whole number", reader, node, path, out value),
            _ when type == typeof(double) => Accept(TryNumber(node, out double number), number, "expected a number", reader, node, path, out value),
            _ when type == typeof(decimal) => Accept(TryNumber(node, out decimal number), number, "expected a number", reader, node, path, out value),
            _ when type == typeof(TimeSpan) => Accept(
                TryTimeSpan(node, out var time),
                time,
                "expected an ISO 8601 duration without years or months, such as \"PT30M\" or \"P1DT12H\"",
                reader,
                node,
                path,
                out value),
            _ when type.IsEnum => TryReadEnum(reader, node, type, path, out value),
            _ => TryDeserialize(reader, node, info.Type, path, out value),
        };
    }

    private static bool AllowsNull(NullabilityInfo info) =>
        info.Type.IsValueType ? Nullable.GetUnderlyingType(info.Type) is not null : info.WriteState != NullabilityState.NotNull;

    private static bool TryReadActivity(ActivityReader reader, JsonNode node, Type type, string path, out object? value)
    {
        value = null;
        var activity = reader.Read(node, path);
        if (activity is null)
        {
            return false;
        }

        if (!type.IsInstanceOfType(activity))
        {
            reader.Report(JsonPath.Property(path, "type"), $"expected a {type.Name} here, found {activity.GetType().Name}");
            return false;
        }

        value = activity;
        return true;
    }

    private static bool TryReadList(ActivityReader reader, JsonNode node, NullabilityInfo info, Type elementType, string path, out object? value)
    {
        value = null;
        if (node is not JsonArray array)
        {
            reader.Report(path, $"expected an array, found {JsonKinds.Describe(node)}");
            return false;
        }

        var elementInfo = info.ElementType ?? info.GenericTypeArguments[0];
        var items = Array.CreateInstance(elementType, array.Count);
        var complete = true;
        for (var i = 0; i < array.Count; i++)
        {
            if (TryRead(reader, array[i], elementInfo, JsonPath.Index(path, i), out var item))
            {
                items.SetValue(item, i);
            }
            else
            {
                complete = false;
            }
        }

        value = items;
        return complete;
    }

    private static bool TryReadComposite(ActivityReader reader, JsonNode node, Type type, string path, out object? value)
    {
        value = null;
        if (node is not JsonObject json)
        {
            reader.Report(path, $"expected an object, found {JsonKinds.Describe(node)}");
            return false;
        }

        var composite = Activator.CreateInstance(type)!;
        reader.BindSettings(json, composite, SettingTypes.Of(type), path, $"a {type.Name}", []);
        value = composite;
        return true;
    }

    private static bool TryReadEnum(ActivityReader reader, JsonNode node, Type type, string path, out object? value)
    {
        value = null;
        var names = Enum.GetNames(type);
        if (JsonKinds.TryGetString(node, out var text))
        {
            var parts = text.Split(',', StringSplitOptions.TrimEntries);
            var matched = parts.Select(p => names.FirstOrDefault(n => string.Equals(n, p, StringComparison.OrdinalIgnoreCase))).ToArray();
            var combinable = parts.Length == 1 || type.IsDefined(typeof(FlagsAttribute), inherit: false);
            if (combinable && matched.All(m => m is not null))
            {
                value = Enum.Parse(type, string.Join(", ", matched));
                return true;
            }
        }

        reader.Report(path, $"expected one of {string.Join(", ", names)}, found {JsonKinds.Describe(node)}");
        return false;
    }

    private static bool TryDeserialize(ActivityReader reader, JsonNode node, Type type, string path, out object? value)
    {
        value = null;
        try
        {
            value = node.Deserialize(type, StrictOptions);
            return true;
        }
        catch (JsonException ex)
        {
            // The exception's path is relative to the setting's value ($.before inside a record).
            var at = ex.Path is { Length: > 1 } inner && inner.StartsWith('$') ? path + inner[1..] : path;
            reader.Report(at, JsonKinds.Reason(ex.Message));
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            reader.Report(path, ex.InnerException.Message);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            reader.Report(path, ex.Message);
        }

        return false;
    }

    private static JsonSerializerOptions CreateStrictOptions()
    {
        var options = new JsonSerializerOptions(InstanceStateSerializer.Options)
        {
            // A setting's record has always been read regardless of case (stored definitions rely on it).
            PropertyNameCaseInsensitive = true,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.MakeReadOnly();
        return options;
    }

    private static bool Accept(bool fits, object? converted, string expectation, ActivityReader reader, JsonNode node, string path, out object? value)
    {
        value = fits ? converted : null;
        if (!fits)
        {
            reader.Report(path, $"{expectation}, found {JsonKinds.Describe(node)}");
        }

        return fits;
    }

    private static bool TryTimeSpan(JsonNode node, out TimeSpan time)
    {
        time = default;
        return JsonKinds.TryGetString(node, out var text) && IsoTimeSpan.TryParse(text, out time);
    }

    private static bool IsKind(JsonNode node, JsonValueKind kind) => node is JsonValue value && value.GetValueKind() == kind;

    private static bool TryNumber<T>(JsonNode node, out T number)
    {
        number = default!;
        return IsKind(node, JsonValueKind.Number) && ((JsonValue)node).TryGetValue(out number!);
    }

    private static string Article(Type type) => type == typeof(JsonObject) ? "an object" : type == typeof(JsonArray) ? "an array" : "a JSON value";
}
