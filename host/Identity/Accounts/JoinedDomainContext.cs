using Cohorts.Engine.EntityFrameworkCore.Providers;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// A domain context that borrows an Identity context's open connection and joins its transaction, so that an account
/// change and the domain rows it owes (an audit entry, an invitation's e-mail) commit together.
/// </summary>
internal static class JoinedDomainContext
{
    /// <summary>Opens a domain context on <paramref name="identity"/>'s connection, enlisted in <paramref name="transaction"/>.</summary>
    public static async Task<CohortsDbContext> OpenAsync(CohortsIdentityDbContext identity, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        // The connection is open and owned by the Identity context: the domain context only borrows it.
        var options = new DbContextOptionsBuilder<CohortsDbContext>();
        options.UseCohortsConnection(identity.Database.GetDbConnection(), CohortsDbContext.MigrationsHistoryTable);
        var domain = new CohortsDbContext(options.Options);
        await domain.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        return domain;
    }
}
