using System.Data.Common;
using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// A step's unit of work that participants can write in (the SQLite and PostgreSQL stores' own): the domain's
/// activities join it and open their contexts over its connection, so their rows commit with the step's, or not at all.
/// </summary>
public interface IJoinableStepTransaction : IStepTransaction
{
    /// <summary>Gets a value indicating whether a participant has joined (the transaction is open).</summary>
    bool IsJoined { get; }

    /// <summary>
    /// Joins the step's transaction, beginning it on first use: the returned transaction's connection is open and
    /// stays so until the step commits; whatever is written in it commits with the step, or not at all.
    /// </summary>
    ValueTask<DbTransaction> JoinAsync(CancellationToken cancellationToken);
}
