namespace Cohorts.Engine.Activities;

/// <summary>
/// What If and Switch share: run the chosen branch (or complete at once when there is none) and, when it completes,
/// complete with the outcome that chose it.
/// </summary>
internal static class ChosenBranch
{
    private const string OutcomeKey = "outcome";

    public static ValueTask<ActivityResult> RunAsync(ActivityContext context, string outcome, Activity? branch)
    {
        if (branch is null)
        {
            return ValueTask.FromResult(ActivityResult.Complete(outcome));
        }

        context.SetState(OutcomeKey, outcome);
        return ValueTask.FromResult(ActivityResult.Schedule(branch));
    }

    public static ValueTask<ActivityResult> CompleteAsync(ActivityContext context, ChildCompletion child)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(child);
        return ValueTask.FromResult(ActivityResult.Complete(context.GetState<string>(OutcomeKey) ?? Outcomes.Done, child.Output));
    }
}
