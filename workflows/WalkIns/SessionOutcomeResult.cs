using Cohorts.Engine.Runtime;

namespace Cohorts.Workflows.WalkIns;

/// <summary>What recording an event's outcome did: the workflows it resumed, and what became of each walk-in.</summary>
/// <param name="Signal">The workflows the outcome's signal resumed.</param>
/// <param name="WalkIns">Each walk-in, in the report's order: the company recorded present, matched or added.</param>
public sealed record SessionOutcomeResult(SignalResult Signal, IReadOnlyList<WalkInResult> WalkIns);
