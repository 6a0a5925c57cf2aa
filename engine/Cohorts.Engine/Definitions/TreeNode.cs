namespace Cohorts.Engine.Definitions;

/// <summary>A place in an activity tree.</summary>
/// <param name="Value">An activity, a composite setting (a <see cref="Activities.SwitchCase"/>), or null for an empty list entry.</param>
/// <param name="Path">Its JSON path.</param>
internal readonly record struct TreeNode(object? Value, string Path);
