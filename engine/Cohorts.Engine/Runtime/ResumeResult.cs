using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Runtime;

/// <summary>What a resume did to one instance.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Outcome">Whether the bookmark was resumed, and why not.</param>
/// <param name="Status">The instance's status afterwards (null when the instance does not exist).</param>
public sealed record ResumeResult(Guid InstanceId, ResumeOutcome Outcome, WorkflowStatus? Status)
{
    /// <summary>Gets the bookmarks the instance waits on afterwards (empty when the instance does not exist).</summary>
    public IReadOnlyList<Bookmark> Bookmarks { get; init; } = [];
}
