using System.Collections;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;

namespace Cohorts.Host.Diagrams;

/// <summary>
/// Turns a definition's activity tree into a diagram's nodes: each activity's name, schedule in words and place in its
/// parent, found through its type's settings (as the definition format finds children), so any registered activity
/// type is drawn; and, for one instance, where it stands on each.
/// </summary>
public sealed class DiagramTreeBuilder(ActivityRegistry registry, ActivityNames names, ScheduleWords schedules)
{
    /// <summary>Builds the nodes of a definition; <paramref name="states"/> says where an instance stands (none for a definition's diagram).</summary>
    public DiagramNode Build(WorkflowDefinition definition, IReadOnlyDictionary<string, DiagramState>? states = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Node(definition.Root, null, states ?? new Dictionary<string, DiagramState>());
    }

    private DiagramNode Node(Activity activity, string? role, IReadOnlyDictionary<string, DiagramState> states)
    {
        var typeName = activity is MissingActivity missing ? missing.TypeName : registry.Find(activity.GetType())?.TypeName ?? activity.GetType().Name;
        var children = Children(activity).Select(c => Node(c.Child, c.Role, states)).ToList();
        return new DiagramNode(
            activity.Id,
            typeName,
            role,
            names.Label(activity, typeName),
            schedules.Describe(activity),
            states.GetValueOrDefault(activity.Id),
            children);
    }

    private IEnumerable<(string? Role, Activity Child)> Children(Activity activity)
    {
        if (activity is MissingActivity || registry.Find(activity.GetType()) is not { } descriptor)
        {
            yield break;
        }

        foreach (var setting in descriptor.Properties)
        {
            var value = setting.Property.GetValue(activity);
            switch (value)
            {
                case Activity child:
                    yield return (names.Role(setting.JsonName, null), child);
                    break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is Activity listed)
                        {
                            yield return (names.Role(setting.JsonName, null), listed);
                        }
                        else if (item is SwitchCase @case)
                        {
                            yield return (names.Role(setting.JsonName, @case.When?.ToJsonString() ?? "null"), @case.Activity);
                        }
                    }

                    break;
            }
        }
    }
}
