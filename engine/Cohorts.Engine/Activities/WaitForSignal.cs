using Cohorts.Engine.Bookmarks;

namespace Cohorts.Engine.Activities;

/// <summary>
/// Waits for a named signal carrying a correlation key: a person's action, such as <c>session-recorded</c> for
/// session 42. The key is a template (<c>session-${sessionId}</c>); without one, the instance's correlation id is used.
/// </summary>
public sealed class WaitForSignal : Activity
{
    /// <summary>Gets the signal name.</summary>
    public required string Signal { get; init; }

    /// <summary>Gets the correlation key template.</summary>
    public string? CorrelationKey { get; init; }

    /// <summary>Gets the variable that receives the signal's payload (none when null).</summary>
    public string? ResultVariable { get; init; }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = CorrelationKey is null ? context.CorrelationId ?? string.Empty : context.Interpolate(CorrelationKey);
        return ValueTask.FromResult(ActivityResult.Suspend(BookmarkRequest.Signal(Signal, key)));
    }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resumption);
        if (ResultVariable is not null)
        {
            context.SetVariable(ResultVariable, resumption.Payload);
        }

        return ValueTask.FromResult(ActivityResult.Complete(output: resumption.Payload));
    }
}
