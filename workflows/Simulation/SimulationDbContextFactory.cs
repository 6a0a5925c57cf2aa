using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Cohorts.Workflows.Simulation;

/// <summary>
/// The domain's contexts of a simulation, pooled, on its private in-memory connection. SaveChanges inside the domain's
/// write transactions makes no savepoint: the whole transaction is the unit a failure undoes, and a simulation that
/// fails is thrown away anyway (two statements fewer per write). They owe no mail (<see cref="CohortsDbContext.OwesMail"/>):
/// a preview sends nothing and reads no outbox, so the e-mails a real cohort's events owe are neither composed nor stored.
/// </summary>
internal sealed class SimulationDbContextFactory(DbContextOptions<CohortsDbContext> options) : IDbContextFactory<CohortsDbContext>
{
    private readonly PooledDbContextFactory<CohortsDbContext> _pool = new(options);

    /// <inheritdoc />
    public CohortsDbContext CreateDbContext()
    {
        var db = _pool.CreateDbContext();
        db.Database.AutoSavepointsEnabled = false;
        db.OwesMail = false;
        return db;
    }

    /// <inheritdoc />
    public async Task<CohortsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        var db = await _pool.CreateDbContextAsync(cancellationToken);
        db.Database.AutoSavepointsEnabled = false;
        db.OwesMail = false;
        return db;
    }
}
