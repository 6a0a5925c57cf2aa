using Cohorts.Engine.Runtime;

namespace Cohorts.Host.Mail;

/// <summary>
/// Wakes the mail sender right after a commit that may have owed a message (every workflow step: a reminder, a
/// screening decision, a planned session), instead of at its next poll. Cheap: it releases a semaphore; a burst of
/// commits wakes the sender once, and the sender's one indexed query finds nothing when nothing is owed.
/// </summary>
internal sealed class MailNudge : IWorkflowCommitObserver, IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Asks the sender to look at the outbox now.</summary>
    public void Nudge()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Woken already.
        }
    }

    /// <summary>Waits for a nudge or, on <paramref name="clock"/>, the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var elapsed = new CancellationTokenSource(timeout, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(elapsed.Token, cancellationToken);
        try
        {
            await _signal.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval elapsed.
        }
    }

    public ValueTask OnCommittedAsync(Cohorts.Engine.Persistence.StepCommit commit, CancellationToken cancellationToken)
    {
        Nudge();
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _signal.Dispose();
}
