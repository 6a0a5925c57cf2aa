namespace Cohorts.Host.Diagrams;

/// <summary>One activity of a diagram, with its children in order.</summary>
/// <param name="ActivityId">The activity's id.</param>
/// <param name="TypeName">Its type's name (Sequence, CoachingSession...).</param>
/// <param name="Role">How its parent holds it ("then", "else", "when 'x'"), or null.</param>
/// <param name="Label">Its human name.</param>
/// <param name="Schedule">Its schedule in words, or null.</param>
/// <param name="State">Where the instance stands on it.</param>
/// <param name="Children">Its children.</param>
public sealed record DiagramNode(string ActivityId, string TypeName, string? Role, string Label, string? Schedule, DiagramState State, IReadOnlyList<DiagramNode> Children);
