namespace Cohorts.Workflows.Domain;

/// <summary>A target for an indicator, e.g. 17 companies enrolled or 2,500 visitors.</summary>
/// <param name="Kpi">The indicator.</param>
/// <param name="Target">The value to reach by the cohort's end.</param>
public sealed record KpiTarget(KpiKind Kpi, decimal Target)
{
    /// <summary>Gets the target, checked: never negative.</summary>
    public decimal Target { get; } = Target >= 0 ? Target : throw new ArgumentOutOfRangeException(nameof(Target), Target, "A target cannot be negative.");
}
