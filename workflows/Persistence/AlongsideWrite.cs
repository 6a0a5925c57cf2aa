namespace Cohorts.Workflows.Persistence;

/// <summary>
/// Rows another part of the application owes for a domain write (the invitations of a new cohort's coaches, a round's
/// evaluators), written in that write's transaction through <paramref name="db"/> (its connection and transaction for
/// a context of its own): they commit with the domain's rows or not at all.
/// </summary>
/// <param name="db">The domain write's context; rows added to it are saved with the write.</param>
/// <param name="cancellationToken">The write's cancellation token.</param>
public delegate Task AlongsideWrite(CohortsDbContext db, CancellationToken cancellationToken);
