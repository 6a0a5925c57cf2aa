namespace Cohorts.Host.Scheduling;

/// <summary>What a reconciliation did.</summary>
/// <param name="Fired">Overdue timers fired.</param>
/// <param name="Added">Triggers added for timers that had none.</param>
/// <param name="Removed">Stale triggers removed.</param>
/// <param name="Waiting">Timers waiting afterwards.</param>
internal sealed record ReconciliationReport(int Fired, int Added, int Removed, int Waiting);
