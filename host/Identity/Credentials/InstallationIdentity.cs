using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// The installation's id, generated at the first start and kept in its database; it names the Data Protection
/// application (<see cref="ApplicationName"/>), so a cookie or token from another installation is never accepted, even
/// on the same machine.
/// </summary>
internal sealed class InstallationIdentity(IDbContextFactory<CohortsIdentityDbContext> contexts, SqliteWriteGate writeGate, ILogger<InstallationIdentity> logger)
{
    private string? _installationId;

    /// <summary>Gets the Data Protection application name of this installation.</summary>
    public string ApplicationName => "Cohorts/" + (_installationId
        ?? throw new InvalidOperationException("The installation's id is read when the Identity tables are migrated at start, before anything is protected."));

    /// <summary>Reads the installation's id, creating it at the first start (the Identity tables must be migrated).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        _installationId = await ReadAsync(cancellationToken) ?? await CreateAsync(cancellationToken);
    }

    private async Task<string?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Installations.Where(i => i.Id == Installation.SingleRowId).Select(i => i.InstallationId).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<string> CreateAsync(CancellationToken cancellationToken)
    {
        var installation = new Installation(Installation.SingleRowId, Guid.NewGuid().ToString("N"));
        try
        {
            using var writeLock = await writeGate.EnterAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Installations.Add(installation);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process starting on the same file wrote it first: theirs is the installation's.
            return await ReadAsync(cancellationToken) ?? throw new InvalidOperationException("The installation's id could not be written nor read.");
        }

        CredentialsLog.InstallationCreated(logger, installation.InstallationId);
        return installation.InstallationId;
    }
}
