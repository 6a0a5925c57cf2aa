using System.Threading.Channels;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// Tells <see cref="DueTimerService"/> that a step created a timer already due. Raising it never blocks (it runs in the
/// step's commit, under the instance's lock); raises made while a run is pending collapse into that run.
/// </summary>
internal sealed class DueTimerSignal
{
    private readonly Channel<bool> _raised = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    /// <summary>Asks for due timers to be fired.</summary>
    public void Raise() => _raised.Writer.TryWrite(true);

    /// <summary>Waits until the signal is raised, and lowers it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken) =>
        await _raised.Reader.ReadAsync(cancellationToken);
}
