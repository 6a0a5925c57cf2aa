using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Definitions;

/// <summary>Writes activities as JSON objects: type, id, displayName, then the settings that differ from the type's defaults.</summary>
internal sealed class ActivityWriter(ActivityRegistry registry)
{
    public JsonObject Write(Activity activity)
    {
        if (activity is MissingActivity { Json: { } original })
        {
            return (JsonObject)original.DeepClone();
        }

        var json = new JsonObject { ["type"] = registry.GetTypeName(activity) };
        if (!string.IsNullOrEmpty(activity.Id))
        {
            json["id"] = activity.Id;
        }

        if (activity.DisplayName is not null)
        {
            json["displayName"] = activity.DisplayName;
        }

        WriteSettings(activity, registry.Find(activity.GetType())?.Defaults, json);
        return json;
    }

    private void WriteSettings(object owner, object? defaults, JsonObject json)
    {
        foreach (var setting in SettingTypes.Of(owner.GetType()))
        {
            var value = setting.Property.GetValue(owner);
            var node = WriteValue(value, setting.Type);

            // Required settings are always written (a required null as null), so reading back never finds them missing.
            if (!setting.IsRequired
                && (value is null || (defaults is not null && JsonNode.DeepEquals(node, WriteValue(setting.Property.GetValue(defaults), setting.Type)))))
            {
                continue;
            }

            json[setting.JsonName] = node;
        }
    }

    private JsonNode? WriteValue(object? value, Type declared)
    {
        switch (value)
        {
            case null:
                return null;
            case Activity activity:
                return Write(activity);
            case JsonNode node:
                return node.DeepClone();
            case string text:
                return JsonValue.Create(text);
            case TimeSpan span:
                return JsonValue.Create(IsoTimeSpan.Format(span));
        }

        if (SettingTypes.ElementType(Nullable.GetUnderlyingType(declared) ?? declared) is { } element && value is IEnumerable items)
        {
            var array = new JsonArray();
            foreach (var item in items)
            {
                array.Add(WriteValue(item, element));
            }

            return array;
        }

        if (SettingTypes.IsComposite(value.GetType()))
        {
            var json = new JsonObject();
            WriteSettings(value, defaults: null, json);
            return json;
        }

        return JsonSerializer.SerializeToNode(value, value.GetType(), InstanceStateSerializer.Options);
    }
}
