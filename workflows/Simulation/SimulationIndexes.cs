using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cohorts.Workflows.Simulation;

/// <summary>
/// Indexes the private database of a preview has beside the domain's (its migrations'), for the simulator's own reads;
/// they change what SQLite reads, not what a query returns.
/// </summary>
/// <remarks>
/// The sessions due (<see cref="DomainQueries.SessionsDue"/>, read at least twice per clock step): the index on cohort
/// and planned time alone reads every session of the cohort planned so far to find the few without an outcome, more
/// and more over a year (most of the native SQLite time of a run); this partial index holds only the sessions neither
/// recorded nor cancelled, so the read finds those directly. SQLite uses a partial index for a query whose WHERE has
/// each of its terms, as that query's does.
/// </remarks>
internal static class SimulationIndexes
{
    /// <summary>Creates the indexes, on a database whose tables are created.</summary>
    public static Task CreateAsync(CohortsDbContext db, CancellationToken cancellationToken)
    {
        var sessions = db.Model.FindEntityType(typeof(Session)) ?? throw new InvalidOperationException("Session is not in the model.");
        var table = StoreObjectIdentifier.Table(sessions.GetTableName()!, sessions.GetSchema());
        string Column(string property) => $"\"{sessions.FindProperty(property)!.GetColumnName(table)}\"";
        var sql = $"CREATE INDEX \"IX_Simulation_SessionsDue\" ON \"{table.Name}\" ({Column(nameof(Session.CohortId))}, {Column(nameof(Session.PlannedAt))}) "
            + $"WHERE {Column(nameof(Session.Outcome))} IS NULL AND {Column(nameof(Session.CancelledAt))} IS NULL";
        return db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
