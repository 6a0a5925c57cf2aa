using Microsoft.Data.Sqlite;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// The writer's open transaction in a group commit, and the turns that wrote in it and wait for its commit: one
/// <c>COMMIT</c> (one fsync of the log) makes all of them durable together, or none of them.
/// </summary>
/// <remarks>
/// The transaction is Microsoft.Data.Sqlite's when the first turn's writers need one to join (a participant's EF
/// context, the store's incidents): <see cref="Shared"/>. A turn that writes the store's own rows only begins it through
/// SQLite's C API (<see cref="RawTransaction"/>), cheaper, which no EF context can join: a turn that needs to is given a
/// group of its own after this one commits (<see cref="SqliteWriterConnection.BeginTurnAsync"/>).
/// </remarks>
internal sealed class CommitGroup(StepRowWriter rows, SqliteTransaction? shared)
{
    /// <summary>The most turns that wait on one commit: past it, the turn commits even though others wait.</summary>
    public const int MaxWaiting = 32;

    private readonly List<TaskCompletionSource> _waiting = [];

    /// <summary>Gets the writer the group's transaction runs on.</summary>
    public StepRowWriter Rows => rows;

    /// <summary>
    /// Gets the group's transaction as Microsoft.Data.Sqlite's, which EF contexts join; null when the group's first turn
    /// began it through SQLite's C API (either way begun <c>IMMEDIATE</c>).
    /// </summary>
    public SqliteTransaction? Shared => shared;

    /// <summary>Commits the group's transaction: durable when this returns.</summary>
    public void Commit()
    {
        if (shared is not null)
        {
            shared.Commit();
        }
        else
        {
            rows.Control.Commit();
        }
    }

    /// <summary>Forgets the group's transaction, rolling it back unless it was committed.</summary>
    public void End()
    {
        rows.EndTransaction();
        if (shared is not null)
        {
            shared.Dispose();
        }
        else
        {
            rows.Control.RollbackIfOpen();
        }
    }

    /// <summary>Gets a value indicating whether another turn may still wait on this commit.</summary>
    public bool CanWait => _waiting.Count < MaxWaiting;

    /// <summary>Adds a turn whose writes are done: the task completes when the group commits, and fails if it does not.</summary>
    public Task WaitForCommit()
    {
        var commit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting.Add(commit);
        return commit.Task;
    }

    /// <summary>Tells every waiting turn that its writes are durable.</summary>
    public void Committed()
    {
        foreach (var waiting in _waiting)
        {
            waiting.SetResult();
        }
    }

    /// <summary>Tells every waiting turn that nothing of the group was written.</summary>
    public void Failed(Exception cause)
    {
        var exception = new InvalidOperationException(
            "The write was rolled back with the others it was to be committed with: nothing of it was written.", cause);
        foreach (var waiting in _waiting)
        {
            waiting.SetException(exception);
        }
    }
}
