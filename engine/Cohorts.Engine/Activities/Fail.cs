namespace Cohorts.Engine.Activities;

/// <summary>Faults the instance with an incident carrying the message (a template with <c>${...}</c> holes).</summary>
public sealed class Fail : Activity
{
    /// <summary>Gets the message template.</summary>
    public required string Message { get; init; }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(ActivityResult.Fault(context.Interpolate(Message)));
    }
}
