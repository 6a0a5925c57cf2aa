namespace Cohorts.Engine.Runtime;

/// <summary>What a signal did: one result per instance that had a matching bookmark.</summary>
/// <param name="Resumptions">The results, one per instance.</param>
public sealed record SignalResult(IReadOnlyList<ResumeResult> Resumptions)
{
    /// <summary>Gets the number of instances the signal resumed.</summary>
    public int ResumedCount => Resumptions.Count(r => r.Outcome == ResumeOutcome.Resumed);
}
