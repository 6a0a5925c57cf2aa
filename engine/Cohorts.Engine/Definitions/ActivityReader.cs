using System.Reflection;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Binds activity objects of a definition document to activities, collecting every problem with its path. What it
/// cannot bind it leaves out (null or the setting's default) and carries on, so one pass finds everything; the
/// activities it could not bind completely are remembered so that later checks do not pile noise on them.
/// </summary>
internal sealed class ActivityReader
{
    private const string TypeKey = "type";
    private const string IdKey = "id";
    private const string DisplayNameKey = "displayName";

    private static readonly string[] Envelope = [TypeKey, IdKey, DisplayNameKey];
    private static readonly PropertyInfo DisplayNameProperty = typeof(Activity).GetProperty(nameof(Activity.DisplayName))!;

    private readonly ActivityRegistry _registry;
    private readonly List<DefinitionProblem> _problems;
    private readonly NullabilityInfoContext _nullability = new();
    private readonly HashSet<Activity> _incomplete = new(ReferenceEqualityComparer.Instance);
    private Activity? _current;

    public ActivityReader(ActivityRegistry registry, List<DefinitionProblem> problems)
    {
        _registry = registry;
        _problems = problems;
    }

    /// <summary>Gets the activities whose own settings had problems.</summary>
    public IReadOnlySet<Activity> Incomplete => _incomplete;

    /// <summary>Reports a problem against the activity being read.</summary>
    public void Report(string path, string message)
    {
        _problems.Add(new DefinitionProblem(path, message));
        if (_current is not null)
        {
            _incomplete.Add(_current);
        }
    }

    /// <summary>Reads an activity object; null (with the problem reported) when it cannot be read at all.</summary>
    public Activity? Read(JsonNode? node, string path)
    {
        if (node is not JsonObject json)
        {
            Report(path, $"expected an activity object, found {JsonKinds.Describe(node)}");
            return null;
        }

        var typePath = JsonPath.Property(path, TypeKey);
        if (!json.TryGetPropertyValue(TypeKey, out var typeNode))
        {
            Report(typePath, $"missing: every activity names its type, one of {KnownTypes(_registry)}");
            return null;
        }

        if (!JsonKinds.TryGetString(typeNode, out var typeName))
        {
            Report(typePath, $"expected a string naming the activity type, found {JsonKinds.Describe(typeNode)}");
            return null;
        }

        var descriptor = _registry.Find(typeName);
        var activity = descriptor is null
            ? new MissingActivity { TypeName = typeName, Json = (JsonObject)json.DeepClone() }
            : Create(descriptor, path);
        if (activity is null)
        {
            return null;
        }

        var parent = _current;
        _current = activity;
        ReadEnvelope(json, activity, path);
        if (descriptor is not null)
        {
            BindSettings(json, activity, descriptor.Properties, path, descriptor.TypeName, Envelope);
        }

        _current = parent;
        return activity;
    }

    /// <summary>Binds the properties of a JSON object to the settings of an activity or composite.</summary>
    public void BindSettings(
        JsonObject json,
        object target,
        IReadOnlyList<ActivityPropertyDescriptor> settings,
        string path,
        string owner,
        IReadOnlyCollection<string> envelope)
    {
        foreach (var (key, value) in json)
        {
            if (envelope.Contains(key))
            {
                continue;
            }

            var propertyPath = JsonPath.Property(path, key);
            var setting = settings.FirstOrDefault(s => string.Equals(s.JsonName, key, StringComparison.Ordinal));
            if (setting is null)
            {
                Report(propertyPath, UnknownProperty(key, owner, settings, envelope));
                continue;
            }

            var ok = SettingReader.TryRead(this, value, _nullability.Create(setting.Property), propertyPath, out var bound);
            if (ok || bound is not null)
            {
                Set(setting.Property, target, bound, propertyPath);
            }
        }

        foreach (var setting in settings.Where(s => s.IsRequired && !json.ContainsKey(s.JsonName)))
        {
            Report(JsonPath.Property(path, setting.JsonName), $"missing: {owner} requires it");
        }
    }

    /// <summary>Lists the registered type names for messages.</summary>
    public static string KnownTypes(ActivityRegistry registry) => string.Join(", ", registry.Descriptors.Select(d => d.TypeName));

    private static string UnknownProperty(
        string key,
        string owner,
        IReadOnlyList<ActivityPropertyDescriptor> settings,
        IReadOnlyCollection<string> envelope)
    {
        var known = envelope.Where(k => k != TypeKey).Concat(settings.Select(s => s.JsonName)).ToList();
        var near = known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        var hint = near is null ? string.Empty : $" (did you mean '{near}'?)";
        return known.Count == 0
            ? $"unknown property: {owner} has no settings{hint}"
            : $"unknown property: {owner} knows {string.Join(", ", known)}{hint}";
    }

    private Activity? Create(ActivityDescriptor descriptor, string path)
    {
        try
        {
            return (Activity)Activator.CreateInstance(descriptor.Type)!;
        }
        catch (TargetInvocationException ex)
        {
            Report(path, $"could not create a {descriptor.TypeName}: {(ex.InnerException ?? ex).Message}");
            return null;
        }
    }

    private void ReadEnvelope(JsonObject json, Activity activity, string path)
    {
        if (json.TryGetPropertyValue(IdKey, out var idNode))
        {
            if (JsonKinds.TryGetString(idNode, out var id) && !string.IsNullOrWhiteSpace(id))
            {
                activity.AssignId(id);
            }
            else
            {
                Report(JsonPath.Property(path, IdKey), $"expected a non-empty string, found {JsonKinds.Describe(idNode)}");
            }
        }

        if (json.TryGetPropertyValue(DisplayNameKey, out var nameNode) && nameNode is not null)
        {
            if (JsonKinds.TryGetString(nameNode, out var displayName))
            {
                DisplayNameProperty.SetValue(activity, displayName);
            }
            else
            {
                Report(JsonPath.Property(path, DisplayNameKey), $"expected a string, found {JsonKinds.Describe(nameNode)}");
            }
        }
    }

    private void Set(PropertyInfo property, object target, object? value, string path)
    {
        try
        {
            property.SetValue(target, value);
        }
        catch (TargetInvocationException ex)
        {
            Report(path, (ex.InnerException ?? ex).Message);
        }
    }
}
