using Cohorts.Engine.Definitions;
namespace Cohorts.Engine.Activities;

/// <summary>
/// A building block of a workflow definition. Activities are immutable definition objects: everything that changes
/// while an instance runs lives in the <see cref="ActivityContext"/> (per-execution state, variables, bookmarks).
/// Public init-only properties are the activity's settings: the JSON format binds them by name (camelCase).
/// </summary>
public abstract class Activity
{
    private string _id = string.Empty;

    /// <summary>Gets the identifier of the activity, unique within its definition.</summary>
    public string Id
    {
        get => _id;
        init => _id = value;
    }

    /// <summary>Gets an optional human-readable name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets the activities directly contained in this one (branches, bodies), in order.</summary>
    public virtual IEnumerable<Activity> GetChildren() => [];

    /// <summary>Gives an id to an activity built without one (builders and readers do this before the tree is shared).</summary>
    internal void AssignId(string id) => _id = id;

    /// <summary>Starts the activity.</summary>
    protected internal abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>Called when a child scheduled by this activity completes. The default completes this activity.</summary>
    protected internal virtual ValueTask<ActivityResult> OnChildCompletedAsync(ActivityContext context, ChildCompletion child) =>
        ValueTask.FromResult<ActivityResult>(ActivityResult.Complete());

    /// <summary>Called when one of this activity's bookmarks is resumed. The default completes with the payload as output.</summary>
    protected internal virtual ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption)
    {
        ArgumentNullException.ThrowIfNull(resumption);
        return ValueTask.FromResult<ActivityResult>(ActivityResult.Complete(output: resumption.Payload));
    }

    /// <summary>Reports definition problems specific to this activity's settings (beyond what binding checks).</summary>
    /// <param name="path">The JSON path of this activity, used to prefix problem paths.</param>
    protected internal virtual IEnumerable<DefinitionProblem> Validate(string path) => [];
}
