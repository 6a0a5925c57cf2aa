using Cohorts.Engine.Definitions;
namespace Cohorts.Engine.Activities;

/// <summary>
/// Runs all its branches at once; the first to complete wins and the others are cancelled (their bookmarks and
/// timers removed). The outcome is the winning branch's id: the way to model deadlines and escalations.
/// </summary>
public sealed class Race : Activity
{
    /// <summary>Gets the competing branches.</summary>
    public IReadOnlyList<Activity> Branches { get; init; } = [];

    /// <inheritdoc />
    public override IEnumerable<Activity> GetChildren() => Branches;

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(Branches.Count == 0 ? ActivityResult.Complete() : ActivityResult.Schedule([.. Branches]));

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnChildCompletedAsync(ActivityContext context, ChildCompletion child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return ValueTask.FromResult(ActivityResult.Complete(child.Child.Id, child.Output));
    }

    /// <inheritdoc />
    protected internal override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (Branches.Count < 2)
        {
            yield return new DefinitionProblem($"{path}.branches", "a Race needs at least two branches to have a winner");
        }
    }
}
