namespace Cohorts.Engine.Activities;

/// <summary>Runs all its branches at once and completes when every branch has completed.</summary>
public sealed class Parallel : Activity
{
    /// <summary>Gets the branches.</summary>
    public IReadOnlyList<Activity> Branches { get; init; } = [];

    /// <inheritdoc />
    public override IEnumerable<Activity> GetChildren() => Branches;

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(Branches.Count == 0 ? ActivityResult.Complete() : ActivityResult.Schedule([.. Branches]));

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnChildCompletedAsync(ActivityContext context, ChildCompletion child)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(context.ActiveChildCount == 0 ? ActivityResult.Complete() : ActivityResult.Pending);
    }
}
