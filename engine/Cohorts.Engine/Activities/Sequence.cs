namespace Cohorts.Engine.Activities;

/// <summary>Runs its activities one after the other.</summary>
public sealed class Sequence : Activity
{
    /// <summary>Gets the activities, in order.</summary>
    public IReadOnlyList<Activity> Activities { get; init; } = [];

    /// <inheritdoc />
    public override IEnumerable<Activity> GetChildren() => Activities;

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(Activities.Count == 0 ? ActivityResult.Complete() : ActivityResult.Schedule(Activities[0]));

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnChildCompletedAsync(ActivityContext context, ChildCompletion child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var next = IndexOf(child.Child) + 1;
        return ValueTask.FromResult(next < Activities.Count
            ? ActivityResult.Schedule(Activities[next])
            : ActivityResult.Complete(child.Outcome, child.Output));
    }

    private int IndexOf(Activity child)
    {
        for (var i = 0; i < Activities.Count; i++)
        {
            if (ReferenceEquals(Activities[i], child))
            {
                return i;
            }
        }

        return Activities.Count;
    }
}
