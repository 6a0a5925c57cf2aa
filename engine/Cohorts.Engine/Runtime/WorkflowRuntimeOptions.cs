namespace Cohorts.Engine.Runtime;

/// <summary>Settings of the runtime.</summary>
public sealed class WorkflowRuntimeOptions
{
    /// <summary>Gets or sets how many times a step is retried after losing a concurrency race (default 10).</summary>
    public int MaxConflictRetries { get; set; } = 10;

    /// <summary>Gets or sets how many due timers are read per batch (default 100).</summary>
    public int TimerBatchSize { get; set; } = 100;

    /// <summary>Gets or sets what one step may run and store before its instance faults (<see cref="StepBudgetOptions"/>).</summary>
    public StepBudgetOptions StepBudget { get; set; } = new();
}
