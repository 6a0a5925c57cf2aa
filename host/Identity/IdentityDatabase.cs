using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Host.Identity.Credentials;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity;

/// <summary>
/// The Identity tables in the engine's database file: brings them up to date at start, reads the installation's id
/// (which names its Data Protection keys, so before anything is protected) and creates the roles.
/// </summary>
internal sealed class IdentityDatabase(
    IDbContextFactory<CohortsIdentityDbContext> contexts,
    IServiceScopeFactory scopes,
    SqliteWriteGate writeGate,
    InstallationIdentity installation,
    IOptions<SqliteWorkflowStoreOptions> options)
{
    /// <summary>Applies the checked-in migrations the file lacks, reads (or creates) the installation's id, then adds any missing role.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await SqliteMigrations.ApplyAsync(contexts, writeGate, options.Value.DatabasePath, cancellationToken);
        await installation.LoadAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in CohortsRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }
}
