namespace Cohorts.Engine.Definitions;

/// <summary>A place in an activity tree.</summary>
/// <param name="Value">An activity, a composite setting (a <see cref="Activities.SwitchCase"/>), or null for an empty list entry.</param>
/// <param name="Path">Its JSON path.</param>
/// <param name="Depth">How many activities it is nested in, itself included when it is one (the root activity is at 1).</param>
internal readonly record struct TreeNode(object? Value, string Path, int Depth = 0);
