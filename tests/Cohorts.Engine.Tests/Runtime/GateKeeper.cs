namespace Cohorts.Engine.Tests.Runtime;

/// <summary>
/// Holds every <see cref="Gate"/> execution until the test opens it, and tells the test how many have arrived: a way to
/// make two runtimes load the same instance version before either commits, without sleeping.
/// </summary>
public sealed class GateKeeper
{
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private readonly Lock _lock = new();
    private int _arrivals;

    /// <summary>Gets how many gate executions have arrived so far.</summary>
    public int Arrivals
    {
        get
        {
            lock (_lock)
            {
                return _arrivals;
            }
        }
    }

    /// <summary>Arrives at the gate and waits until it is open (at once when it is open already).</summary>
    public Task PassAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _arrivals++;
            foreach (var waiter in _waiters.Where(w => w.Count <= _arrivals))
            {
                waiter.Reached.TrySetResult();
            }
        }

        return _opened.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Completes once <paramref name="count"/> executions have arrived.</summary>
    public Task WhenArrivedAsync(int count)
    {
        lock (_lock)
        {
            if (_arrivals >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
            return reached.Task;
        }
    }

    /// <summary>Opens the gate for everyone waiting and everyone to come.</summary>
    public void Open() => _opened.TrySetResult();
}
