namespace Cohorts.Engine.Tests.Runtime;

/// <summary>One execution of a <see cref="Probe"/>.</summary>
/// <param name="Label">The probe's label.</param>
/// <param name="CorrelationId">The instance's correlation id.</param>
/// <param name="At">The instant of the step that ran it (the fake clock).</param>
public sealed record ProbeHit(string Label, string? CorrelationId, DateTimeOffset At);
