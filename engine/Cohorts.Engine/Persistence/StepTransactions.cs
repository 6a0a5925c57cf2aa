namespace Cohorts.Engine.Persistence;

/// <summary>The step transaction of a store that offers none.</summary>
public static class StepTransactions
{
    /// <summary>Gets a transaction no participant can join: disposing it does nothing.</summary>
    public static IStepTransaction None { get; } = new NoStepTransaction();

    private sealed class NoStepTransaction : IStepTransaction
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
