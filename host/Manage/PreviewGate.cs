namespace Cohorts.Host.Manage;

/// <summary>
/// How many previews run at once in this process: one per two cores (at least one). A preview is CPU from start to end,
/// and its budget (<see cref="SimulationPreviewer.Budget"/>) is counted once it runs: six asked at once on two cores
/// took turns answering within their budgets, where running them together made each take six times as long and be
/// refused for a plan it would have previewed alone. One waiting for its turn leaves when its request is cancelled.
/// </summary>
public sealed class PreviewGate : IDisposable
{
    private readonly SemaphoreSlim _turns = new(Math.Max(1, Environment.ProcessorCount / 2));

    /// <summary>Waits for a turn; dispose the result to give it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _turns.WaitAsync(cancellationToken);
        return new Turn(_turns);
    }

    public void Dispose() => _turns.Dispose();

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turns.Release();
            }
        }
    }
}
