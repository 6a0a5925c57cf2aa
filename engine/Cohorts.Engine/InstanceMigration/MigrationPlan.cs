using System.Text.Json.Nodes;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.InstanceMigration;

/// <summary>
/// What moving one instance to another version of its definition would do (<see cref="MigrationPlanner"/>): where each
/// live activity execution and bookmark goes, the variables added, and everything that stops it. A dry run answers
/// it; the migration itself plans again under the instance's lock and refuses what this refuses.
/// </summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">Its definition.</param>
/// <param name="FromVersion">The version it runs.</param>
/// <param name="ToVersion">The target version.</param>
/// <param name="Status">Its status (a faulted instance stays faulted once moved, for a retry to run the target's activity).</param>
/// <param name="Activities">Each live execution, where it goes.</param>
/// <param name="Bookmarks">Each bookmark, where it goes.</param>
/// <param name="VariablesAdded">Variables the target declares and the instance lacks, added with their declared value.</param>
/// <param name="RequestProblems">Problems of the request itself (the mapping, the version), by request path: a 400.</param>
/// <param name="Refusals">Why this instance cannot move (an activity removed while it waits in it...).</param>
public sealed record MigrationPlan(
    Guid InstanceId,
    string DefinitionId,
    int FromVersion,
    int ToVersion,
    WorkflowStatus Status,
    IReadOnlyList<ActivityMove> Activities,
    IReadOnlyList<BookmarkMove> Bookmarks,
    IReadOnlyList<string> VariablesAdded,
    IReadOnlyList<MigrationProblem> RequestProblems,
    IReadOnlyList<MigrationProblem> Refusals)
{
    /// <summary>Gets a value indicating whether the instance can move.</summary>
    public bool CanMigrate => RequestProblems.Count == 0 && Refusals.Count == 0;

    /// <summary>Gets the executions' own state rewritten for the target (a Repeat's anchor when its schedule changed).</summary>
    internal IReadOnlyDictionary<int, JsonObject> ExecutionStates { get; init; } = new Dictionary<int, JsonObject>();

    /// <summary>Gets the explicit mapping the plan was made with.</summary>
    internal IReadOnlyDictionary<string, string> Mapping { get; init; } = new Dictionary<string, string>();
}
