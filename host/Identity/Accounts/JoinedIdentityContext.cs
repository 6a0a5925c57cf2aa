using Cohorts.Engine.EntityFrameworkCore.Providers;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// An Identity context that borrows a domain write's open connection and joins its transaction, so that the account
/// rows a domain change owes (a new cohort's invitations) commit with it: the reverse of <see cref="JoinedDomainContext"/>.
/// </summary>
internal static class JoinedIdentityContext
{
    /// <summary>Opens an Identity context on <paramref name="domain"/>'s connection, enlisted in its transaction.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="domain"/> is not in a transaction.</exception>
    public static async Task<CohortsIdentityDbContext> OpenAsync(CohortsDbContext domain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var transaction = domain.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A joined Identity context needs the domain write's transaction.");

        // The connection is open and owned by the domain's write (or the engine's writer): the context only borrows it.
        var options = new DbContextOptionsBuilder<CohortsIdentityDbContext>();
        options.UseCohortsConnection(domain.Database.GetDbConnection(), CohortsIdentityDbContext.MigrationsHistoryTable);
        var identity = new CohortsIdentityDbContext(options.Options);
        await identity.Database.UseTransactionAsync(transaction, cancellationToken);
        return identity;
    }
}
