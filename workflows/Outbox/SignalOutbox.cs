using System.Text.Json.Nodes;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cohorts.Workflows.Outbox;

/// <summary>
/// Signals owed by recorded decisions. A service adds the row (<see cref="Add"/>) in the transaction that records the
/// decision, then delivers it right after the commit (<see cref="DeliverAsync"/>); what a crash or a failure leaves
/// behind is delivered by <see cref="DeliverDueAsync(CancellationToken)"/>, which the host runs at start-up, and by
/// <see cref="DeliverLeftBehindAsync"/>, which it runs periodically. A row is
/// deleted once the runtime applied its signal (or found nothing waiting for it): in the transaction of the step that
/// applied it when the signal has one target, else right after; the signal id makes a repeat apply nothing, so a crash
/// between the signal and a separate delete only costs a harmless second delivery.
/// </summary>
public sealed class SignalOutbox
{
    private const int Batch = 100;

    private readonly CohortsStore _store;
    private readonly WorkflowRuntime _runtime;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal SignalOutbox(CohortsStore store, WorkflowRuntime runtime, TimeProvider time, ILogger<SignalOutbox> logger)
    {
        _store = store;
        _runtime = runtime;
        _time = time;
        _logger = logger;
    }

    /// <summary>Adds a signal to the outbox, in the caller's transaction: it commits with the decision that owes it.</summary>
    internal static PendingSignal Add(CohortsDbContext db, string name, string correlationKey, JsonNode? payload, string signalId, DateTimeOffset now)
    {
        var row = new PendingSignal(Guid.CreateVersion7(now), name, correlationKey, payload?.ToJsonString(), signalId, now);
        db.PendingSignals.Add(row);
        return row;
    }

    /// <summary>
    /// Delivers one signal of the outbox and removes it. Never throws for a failed delivery: the row stays and is tried
    /// again; the caller's decision is recorded either way.
    /// </summary>
    /// <returns>What the signal resumed, or null when it was delivered already or failed (and will be tried again).</returns>
    public async Task<SignalResult?> DeliverAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await _store.ReadAsync(db => DomainQueries.For(db).PendingSignalByIdNoTracking(db, id, cancellationToken), cancellationToken);
        return row is null ? null : await DeliverAsync(row, cancellationToken);
    }

    /// <summary>Delivers what the outbox still owes to one correlation key (a decision retried by its client).</summary>
    public async Task DeliverOwedAsync(string name, string correlationKey, CancellationToken cancellationToken = default)
    {
        var rows = await _store.ReadAsync(
            db => db.PendingSignals.AsNoTracking().Where(s => s.Name == name && s.CorrelationKey == correlationKey).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken),
            cancellationToken);
        foreach (var row in rows)
        {
            await DeliverAsync(row, cancellationToken);
        }
    }

    /// <summary>
    /// How long a signal nobody has tried to deliver yet is left to the service that recorded its decision, which
    /// delivers it right after its commit, before a periodic sweep takes it (<see cref="DeliverLeftBehindAsync"/>).
    /// </summary>
    public static readonly TimeSpan InlineDeliveryGrace = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Delivers every signal due in the outbox, oldest first, until none is left due: at start, when every row is
    /// one a stopped process left behind.
    /// </summary>
    /// <returns>How many were delivered.</returns>
    public Task<int> DeliverDueAsync(CancellationToken cancellationToken = default) => DeliverDueAsync(TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// Delivers the signals due that were left behind: a failed delivery's, once its back-off is over, and one never
    /// tried for <see cref="InlineDeliveryGrace"/> (its process stopped, or another host's did). A signal just recorded is
    /// left to its service, which delivers it once the rest of its work is done (an event's walk-ins have their journeys
    /// started before the event's workflow resumes), rather than both delivering it at once.
    /// </summary>
    /// <returns>How many were delivered.</returns>
    public Task<int> DeliverLeftBehindAsync(CancellationToken cancellationToken = default) => DeliverDueAsync(InlineDeliveryGrace, cancellationToken);

    private async Task<int> DeliverDueAsync(TimeSpan untriedFor, CancellationToken cancellationToken)
    {
        var delivered = 0;
        var tried = new HashSet<Guid>();
        while (true)
        {
            var now = _time.GetUtcNow();
            var recordedBefore = now - untriedFor;
            var due = await _store.ReadAsync(
                db => db.PendingSignals.AsNoTracking()
                    .Where(s => s.NextAttemptAt <= now && (s.Attempts > 0 || s.CreatedAt <= recordedBefore))
                    .OrderBy(s => s.NextAttemptAt).ThenBy(s => s.CreatedAt)
                    .Take(Batch)
                    .ToListAsync(cancellationToken),
                cancellationToken);
            var fresh = due.Where(s => tried.Add(s.Id)).ToList();
            foreach (var row in fresh)
            {
                delivered += await DeliverAsync(row, cancellationToken) is null ? 0 : 1;
            }

            if (fresh.Count == 0 || due.Count < Batch)
            {
                if (delivered > 0)
                {
                    OutboxLog.Swept(_logger, delivered);
                }

                return delivered;
            }
        }
    }

    /// <summary>Counts the signals the outbox still owes (health and tests).</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync(db => db.PendingSignals.CountAsync(cancellationToken), cancellationToken);

    private async Task<SignalResult?> DeliverAsync(PendingSignal row, CancellationToken cancellationToken)
    {
        SignalResult result;
        var removedInStep = false;
        try
        {
            var payload = row.Payload is null ? null : JsonNode.Parse(row.Payload);
            result = await _runtime.SignalAsync(
                row.Name,
                row.CorrelationKey,
                payload,
                row.SignalId,
                async (step, token) => removedInStep = await RemoveInStepAsync(step, row.Id, token),
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            OutboxLog.DeliveryFailed(_logger, exception, row.Name, row.SignalId);
            await _store.WriteAsync(
                async db =>
                {
                    var stored = await db.PendingSignals.SingleOrDefaultAsync(s => s.Id == row.Id, cancellationToken);
                    stored?.Failed($"{exception.GetType().Name}: {exception.Message}", _time.GetUtcNow());
                },
                CancellationToken.None);
            return null;
        }

        if (result.Resumptions.Count == 0)
        {
            OutboxLog.NoTarget(_logger, row.Name, row.SignalId);
        }

        // Applied (or nothing waits for it any more): the outbox owes it no longer. The step that applied it removed the
        // row in its own transaction when it could (one target, a store with step transactions); otherwise it goes now.
        if (!(result.StepWorkCommitted && removedInStep))
        {
            await _store.WriteAsync(db => DomainQueries.For(db).DeletePendingSignalAsync(db, row.Id, cancellationToken), CancellationToken.None);
        }

        return result;
    }

    // In the step's transaction only: a store without one (the previews' in-memory engine) would commit the removal
    // before the step, and a step that then failed would lose the signal.
    private async Task<bool> RemoveInStepAsync(IStepTransaction step, Guid id, CancellationToken cancellationToken)
    {
        if (step is not IJoinableStepTransaction)
        {
            return false;
        }

        await _store.WriteAsync(step, db => DomainQueries.For(db).DeletePendingSignalAsync(db, id, cancellationToken), cancellationToken);
        return true;
    }
}
