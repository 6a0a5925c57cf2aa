using System.Globalization;
using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Counts a definition's activities and how deep they nest, against <see cref="DefinitionLimits"/>, reporting the first
/// activity past each limit with its path.
/// </summary>
internal sealed class DefinitionSize
{
    private int _activities;
    private bool _tooDeepReported;

    /// <summary>Counts <paramref name="node"/>; returns the problem it makes, if any.</summary>
    public DefinitionProblem? Visit(TreeNode node)
    {
        if (node.Value is not Activity)
        {
            return null;
        }

        _activities++;
        if (_activities == DefinitionLimits.MaxActivities + 1)
        {
            return new DefinitionProblem(node.Path, Invariant($"this is activity {_activities:N0}, and a definition may have at most {DefinitionLimits.MaxActivities:N0}"));
        }

        if (node.Depth > DefinitionLimits.MaxNestingDepth && !_tooDeepReported)
        {
            _tooDeepReported = true;
            return new DefinitionProblem(node.Path, Invariant($"nested {node.Depth} activities deep, and activities may nest at most {DefinitionLimits.MaxNestingDepth} deep"));
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
