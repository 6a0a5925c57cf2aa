using System.Text.Json.Nodes;
using Cohorts.Engine.Bookmarks;

namespace Cohorts.Engine.Instances;

/// <summary>A unit of work of the step interpreter; persisted when a step faults so that a retry can carry on.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="ExecutionId">The execution to act on.</param>
/// <param name="ChildActivityId">For <see cref="WorkItemKind.ChildCompleted"/>: the child that completed.</param>
/// <param name="Outcome">For <see cref="WorkItemKind.ChildCompleted"/>: the child's outcome.</param>
/// <param name="Payload">The child's output, or the payload a bookmark was resumed with.</param>
/// <param name="Bookmark">For <see cref="WorkItemKind.Resume"/>: the resumed bookmark (kept whole so a retry can replay it).</param>
public sealed record WorkItem(
    WorkItemKind Kind,
    int ExecutionId,
    string? ChildActivityId = null,
    string? Outcome = null,
    JsonNode? Payload = null,
    Bookmark? Bookmark = null);
