using System.Collections;
using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Walks an activity tree through the settings that hold activities, giving each node its JSON path. Unlike
/// <see cref="WorkflowDefinition.Walk"/> it tolerates empty entries (it reports them) and knows where each child sits.
/// </summary>
internal static class ActivityTree
{
    /// <summary>Enumerates a node and everything under it, depth first, in document order.</summary>
    public static IEnumerable<TreeNode> Walk(object root, string path) => Walk(root, path, 0);

    private static IEnumerable<TreeNode> Walk(object root, string path, int outerDepth)
    {
        var depth = root is Activity ? outerDepth + 1 : outerDepth;
        yield return new TreeNode(root, path, depth);
        if (root is MissingActivity)
        {
            yield break;
        }

        foreach (var slot in Contents(root, path))
        {
            if (slot.Value is null)
            {
                yield return slot with { Depth = depth };
                continue;
            }

            foreach (var node in Walk(slot.Value, slot.Path, depth))
            {
                yield return node;
            }
        }
    }

    /// <summary>Enumerates the activities of a tree with their paths.</summary>
    public static IEnumerable<(Activity Activity, string Path)> Activities(Activity root, string path) =>
        Walk(root, path).Where(n => n.Value is Activity).Select(n => ((Activity)n.Value!, n.Path));

    private static IEnumerable<TreeNode> Contents(object owner, string path)
    {
        foreach (var setting in SettingTypes.Of(owner.GetType()))
        {
            if (SettingTypes.HoldsActivities(setting.Type))
            {
                foreach (var slot in Slots(setting.Property.GetValue(owner), setting.Type, JsonPath.Property(path, setting.JsonName)))
                {
                    yield return slot;
                }
            }
        }
    }

    private static IEnumerable<TreeNode> Slots(object? value, Type declared, string path)
    {
        if (value is null)
        {
            yield break;
        }

        if (value is Activity || SettingTypes.IsComposite(value.GetType()))
        {
            yield return new TreeNode(value, path);
            yield break;
        }

        if (SettingTypes.ElementType(declared) is { } element && value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                var itemPath = JsonPath.Index(path, index++);
                if (item is null)
                {
                    yield return new TreeNode(null, itemPath);
                    continue;
                }

                foreach (var slot in Slots(item, element, itemPath))
                {
                    yield return slot;
                }
            }
        }
    }
}
