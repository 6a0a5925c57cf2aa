using System.Text.Json;
using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Gives ids to activities that have none: the type name in camelCase and a 1-based counter per type, in depth-first
/// document order, skipping ids given explicitly (<c>delay1</c>, <c>delay2</c>, <c>waitForSignal1</c>).
/// </summary>
internal static class ActivityIds
{
    private const string FallbackPrefix = "activity";

    public static void AssignMissing(Activity root, ActivityRegistry registry)
    {
        var activities = ActivityTree.Activities(root, JsonPath.Root).Select(a => a.Activity).ToList();
        var used = activities.Select(a => a.Id).Where(id => !string.IsNullOrEmpty(id)).ToHashSet(StringComparer.Ordinal);
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            // The same instance may sit twice in a C#-built tree: it keeps the id it got the first time (and the
            // validator reports the duplicate).
            if (!string.IsNullOrEmpty(activity.Id))
            {
                continue;
            }

            var typeName = registry.GetTypeName(activity);
            var prefix = typeName.Length == 0 ? FallbackPrefix : JsonNamingPolicy.CamelCase.ConvertName(typeName);
            string candidate;
            do
            {
                var next = counters.GetValueOrDefault(prefix) + 1;
                counters[prefix] = next;
                candidate = $"{prefix}{next}";
            }
            while (!used.Add(candidate));

            activity.AssignId(candidate);
        }
    }
}
