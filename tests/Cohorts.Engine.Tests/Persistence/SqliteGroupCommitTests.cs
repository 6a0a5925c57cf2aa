using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// Group commit on the SQLite writer: a step done while others wait for the write gate leaves its transaction open for
/// them, and is answered only once the one COMMIT of all is done; a failed turn undoes only its own writes; a failed
/// commit fails every turn of the group and writes nothing; a transaction left open is never stranded.
/// </summary>
public sealed class SqliteGroupCommitTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CommitAsync_WhileOthersWaitForTheGate_AnswersOnlyOnceTheSharedCommitIsDone()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var gate = db.Services.GetRequiredService<SqliteWriteGate>();
        var (first, second, last) = (Instance(), Instance(), Instance());

        // A step holds the gate; a plain step and a joining step queue behind it.
        await using var holder = (SqliteStepTransaction)db.InstanceStore.BeginStep();
        await holder.JoinAsync(None);
        var queued = db.InstanceStore.CommitAsync(Insert(second), None).AsTask();
        await WaitForWaitersAsync(gate, queued);
        await using var lastStep = (SqliteStepTransaction)db.InstanceStore.BeginStep();
        var lastJoin = lastStep.JoinAsync(None).AsTask();

        var held = db.InstanceStore.CommitAsync(Insert(first), holder, None).AsTask();
        await lastJoin; // the queued step wrote and left the transaction open too: the last one holds the gate now

        Assert.False(held.IsCompleted);
        Assert.False(queued.IsCompleted);
        Assert.Equal(0, await CountInstancesAsync(db));

        await db.InstanceStore.CommitAsync(Insert(last), lastStep, None);
        await Task.WhenAll(held, queued);

        Assert.Equal(3, await CountInstancesAsync(db));
        foreach (var instance in new[] { first, second, last })
        {
            Assert.NotNull(await db.InstanceStore.FindAsync(instance.Id, None));
        }
    }

    [Fact]
    public async Task CommitAsync_ConflictInAJoiningTurn_UndoesOnlyThatTurn()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var gate = db.Services.GetRequiredService<SqliteWriteGate>();
        var existing = Instance();
        await db.InstanceStore.CommitAsync(Insert(existing), None);
        var (first, last) = (Instance(), Instance());

        await using var holder = (SqliteStepTransaction)db.InstanceStore.BeginStep();
        await holder.JoinAsync(None);
        var stale = db.InstanceStore.CommitAsync(Update(Instance(existing.Id, version: 9), 8), None).AsTask();
        await WaitForWaitersAsync(gate, stale);
        await using var lastStep = (SqliteStepTransaction)db.InstanceStore.BeginStep();
        var lastJoin = lastStep.JoinAsync(None).AsTask();

        var held = db.InstanceStore.CommitAsync(Insert(first), holder, None).AsTask();
        await lastJoin;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale);
        Assert.False(held.IsCompleted);

        await db.InstanceStore.CommitAsync(Insert(last), lastStep, None);
        await held;

        Assert.Equal(3, await CountInstancesAsync(db));
        Assert.Equal(1, (await db.InstanceStore.FindAsync(existing.Id, None))!.Version);
    }

    [Fact]
    public async Task CommitAsync_SharedCommitFails_FailsEveryTurnAndWritesNothing_ThenTheWriterRecovers()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var gate = db.Services.GetRequiredService<SqliteWriteGate>();
        await db.ExecuteAsync("CREATE TABLE parent(id INTEGER PRIMARY KEY); CREATE TABLE child(parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);");
        var (first, second, last) = (Instance(), Instance(), Instance());

        await using var holder = (SqliteStepTransaction)db.InstanceStore.BeginStep();
        await holder.JoinAsync(None);
        var queued = db.InstanceStore.CommitAsync(Insert(second), None).AsTask();
        await WaitForWaitersAsync(gate, queued);
        await using var lastStep = (SqliteStepTransaction)db.InstanceStore.BeginStep();
        var lastJoin = lastStep.JoinAsync(None).AsTask();
        var held = db.InstanceStore.CommitAsync(Insert(first), holder, None).AsTask();

        // The last turn leaves a deferred foreign key broken: SQLite refuses the COMMIT of the whole group.
        var transaction = await lastJoin;
        await using (var orphan = transaction.Connection!.CreateCommand())
        {
            orphan.Transaction = transaction;
            orphan.CommandText = "INSERT INTO child(parent) VALUES (42);";
            await orphan.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<SqliteException>(async () => await db.InstanceStore.CommitAsync(Insert(last), lastStep, None));
        var heldFailure = await Assert.ThrowsAsync<InvalidOperationException>(() => held);
        var queuedFailure = await Assert.ThrowsAsync<InvalidOperationException>(() => queued);

        Assert.Same(refused, heldFailure.InnerException);
        Assert.Same(refused, queuedFailure.InnerException);
        Assert.Equal(0, await CountInstancesAsync(db));
        await db.InstanceStore.CommitAsync(Insert(Instance()), None);
        Assert.Equal(1, await CountInstancesAsync(db));
    }

    [Fact]
    public async Task HoldOpen_TheWaiterItWasLeftForGivesUp_TheGateCommitsItOnRelease()
    {
        using var gate = new SqliteWriteGate();
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = await gate.EnterAsync(None);
        using var giveUp = new CancellationTokenSource();
        var waiter = gate.EnterToJoinAsync(giveUp.Token).AsTask();
        Assert.True(gate.HasWaiters);

        gate.HoldOpen(() =>
        {
            committed.SetResult();
            return ValueTask.CompletedTask;
        });
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        Assert.False(committed.Task.IsCompleted);
        holder.Dispose();

        await committed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var next = await gate.EnterToJoinAsync(None).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Null(gate.TakeHeldOpen());
    }

    [Fact]
    public async Task CommitAsync_AWriterOnItsOwnConnectionComesNext_CommitsWhatWasHeldOpenFirst()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var gate = db.Services.GetRequiredService<SqliteWriteGate>();
        var instance = Instance();

        await using var holder = (SqliteStepTransaction)db.InstanceStore.BeginStep();
        await holder.JoinAsync(None);
        var other = gate.EnterAsync(None).AsTask();
        await WaitForWaitersAsync(gate, other);
        var held = db.InstanceStore.CommitAsync(Insert(instance), holder, None).AsTask();

        using (await other)
        {
            // The held transaction was committed as the other writer entered: its own connection can write now.
            await held.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(1, await CountInstancesAsync(db));
            await db.ExecuteAsync("CREATE TABLE written_by_another_connection(id INTEGER);");
        }
    }

    [Fact]
    public async Task CommitAsync_AParticipantComesAfterAStepNobodyJoined_CommitsThatStepFirst_ThenWritesInItsOwnTransaction()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var gate = db.Services.GetRequiredService<SqliteWriteGate>();
        await db.ExecuteAsync("CREATE TABLE domain_rows(id INTEGER PRIMARY KEY);");
        var (plain, joined) = (Instance(), Instance());

        // A step nobody joins begins the group (its transaction through SQLite's C API) while a participant waits.
        var other = await gate.EnterAsync(None);
        var plainCommit = db.InstanceStore.CommitAsync(Insert(plain), None).AsTask();
        await WaitForWaitersAsync(gate, plainCommit);
        await using var step = (SqliteStepTransaction)db.InstanceStore.BeginStep();
        var join = step.JoinAsync(None).AsTask();
        other.Dispose();

        // No EF context can join that transaction: it is committed (the plain step answered) before the participant's begins.
        var transaction = await join.WaitAsync(TimeSpan.FromSeconds(30));
        await plainCommit.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await CountInstancesAsync(db));

        await using (var row = transaction.Connection!.CreateCommand())
        {
            row.Transaction = transaction;
            row.CommandText = "INSERT INTO domain_rows(id) VALUES (7);";
            await row.ExecuteNonQueryAsync();
        }

        await db.InstanceStore.CommitAsync(Insert(joined), step, None);
        Assert.Equal(2, await CountInstancesAsync(db));
        Assert.Equal(1L, await db.ScalarAsync("SELECT COUNT(*) FROM domain_rows WHERE id = 7"));
    }

    [Fact]
    public async Task CommitAsync_StepsNobodyJoinedShareACommit_AConflictUndoesOnlyItsOwnTurn()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var gate = db.Services.GetRequiredService<SqliteWriteGate>();
        var existing = Instance();
        await db.InstanceStore.CommitAsync(Insert(existing), None);
        var (first, last) = (Instance(), Instance());

        var other = await gate.EnterAsync(None);
        var firstCommit = db.InstanceStore.CommitAsync(Insert(first), None).AsTask();
        await WaitForWaitersAsync(gate, firstCommit);
        var stale = db.InstanceStore.CommitAsync(Update(Instance(existing.Id, version: 9), 8), None).AsTask();
        var lastCommit = db.InstanceStore.CommitAsync(Insert(last), None).AsTask();
        other.Dispose();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale.WaitAsync(TimeSpan.FromSeconds(30)));
        await Task.WhenAll(firstCommit, lastCommit).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, await CountInstancesAsync(db));
        Assert.Equal(1, (await db.InstanceStore.FindAsync(existing.Id, None))!.Version);
        Assert.NotNull(await db.InstanceStore.FindAsync(first.Id, None));
        Assert.NotNull(await db.InstanceStore.FindAsync(last.Id, None));
    }

    [Fact]
    public async Task CommitAsync_ManyConcurrentSteps_EveryOneDurableAndEachOnce()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var instances = Enumerable.Range(0, 64).Select(_ => Instance()).ToList();

        await Task.WhenAll(instances.Select(instance => Task.Run(async () =>
        {
            await db.InstanceStore.CommitAsync(Insert(WithSignal(instance)), None);
            var resumed = Instance(instance.Id, version: 2);
            await db.InstanceStore.CommitAsync(Update(resumed, 1, removed: instance.State.Bookmarks), None);
        })));

        Assert.Equal(64, await CountInstancesAsync(db));
        foreach (var instance in instances)
        {
            Assert.Equal(2, (await db.InstanceStore.FindAsync(instance.Id, None))!.Version);
        }
    }

    private static WorkflowInstance WithSignal(WorkflowInstance instance)
    {
        instance.State.Bookmarks.Add(Signal(instance.Id, correlationKey: instance.Id.ToString("N")));
        return instance;
    }

    private static Task WaitForWaitersAsync(SqliteWriteGate gate, Task waiter)
    {
        // A writer counts as waiting as soon as its call returns (the gate is held by the test's step).
        Assert.False(waiter.IsCompleted);
        Assert.True(gate.HasWaiters);
        return Task.CompletedTask;
    }

    private static async Task<long> CountInstancesAsync(SqliteTestDatabase db)
    {
        await using var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"WorkflowInstances\"";
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
