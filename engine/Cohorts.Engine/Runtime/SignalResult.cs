namespace Cohorts.Engine.Runtime;

/// <summary>What a signal did: one result per instance that had a matching bookmark.</summary>
/// <param name="Resumptions">The results, one per instance.</param>
public sealed record SignalResult(IReadOnlyList<ResumeResult> Resumptions)
{
    /// <summary>Gets the number of instances the signal resumed.</summary>
    public int ResumedCount => Resumptions.Count(r => r.Outcome == ResumeOutcome.Resumed);

    /// <summary>
    /// Gets a value indicating whether the caller's work given with the signal committed in the step it resumed
    /// (<see cref="WorkflowRuntime.SignalAsync(string, string, System.Text.Json.Nodes.JsonNode?, string?, Func{Persistence.IStepTransaction, CancellationToken, Task}?, CancellationToken)"/>).
    /// </summary>
    public bool StepWorkCommitted { get; init; }
}
