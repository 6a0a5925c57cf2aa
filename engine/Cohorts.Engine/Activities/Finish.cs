namespace Cohorts.Engine.Activities;

/// <summary>Completes the whole instance at once, cancelling whatever else still runs.</summary>
public sealed class Finish : Activity
{
    /// <summary>Gets the expression giving the instance's output (none when null).</summary>
    [ActivityExpression]
    public string? Output { get; init; }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = Output is null ? null : context.Evaluate(Output);
        context.CompleteWorkflow(output);
        return ValueTask.FromResult(ActivityResult.Complete(output: output));
    }
}
