using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Classifies the types of activity settings: activities, lists, and "composites" (a settings class such as
/// <see cref="SwitchCase"/> that holds activities, so it is bound by reflection like an activity rather than by
/// System.Text.Json).
/// </summary>
internal static class SettingTypes
{
    private const int MaxNesting = 4;

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<ActivityPropertyDescriptor>> SettingsByType = new();
    private static readonly ConcurrentDictionary<Type, bool> CompositeByType = new();

    private static readonly Type[] ListShapes =
    [
        typeof(IReadOnlyList<>), typeof(IEnumerable<>), typeof(IReadOnlyCollection<>), typeof(IList<>), typeof(ICollection<>),
    ];

    /// <summary>Gets the settings (public init/set properties) of an activity or composite type.</summary>
    public static IReadOnlyList<ActivityPropertyDescriptor> Of(Type type) =>
        SettingsByType.GetOrAdd(type, t => ActivityDescriptor.GetSettings(t).Select(p => new ActivityPropertyDescriptor(p)).ToArray());

    /// <summary>Gets the element type of a list setting (an array or a read-only list interface), or null.</summary>
    public static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && ListShapes.Contains(type.GetGenericTypeDefinition()) ? type.GetGenericArguments()[0] : null;
    }

    /// <summary>Gets a value indicating whether values of the type are, or contain, activities.</summary>
    public static bool HoldsActivities(Type type) => HoldsActivities(type, 0);

    /// <summary>Gets a value indicating whether the type is a settings class holding activities.</summary>
    public static bool IsComposite(Type type) => CompositeByType.GetOrAdd(type, t => IsComposite(t, 0));

    private static bool HoldsActivities(Type type, int depth)
    {
        if (depth > MaxNesting)
        {
            return false;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        return typeof(Activity).IsAssignableFrom(type)
            || (ElementType(type) is { } element && HoldsActivities(element, depth + 1))
            || IsComposite(type, depth);
    }

    private static bool IsComposite(Type type, int depth) =>
        type.IsClass
        && !type.IsAbstract
        && type != typeof(string)
        && !typeof(Activity).IsAssignableFrom(type)
        && !typeof(JsonNode).IsAssignableFrom(type)
        && type.GetConstructor(Type.EmptyTypes) is not null
        && Of(type).Any(setting => HoldsActivities(setting.Type, depth + 1));
}
