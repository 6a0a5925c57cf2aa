using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Identity.Credentials;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Identity;

/// <summary>
/// ASP.NET Core Identity's tables (users, roles, claims) and the programme managers, in the engine's database file
/// with their own migrations history table; with them the installation's credentials: its id, its Data Protection
/// keys and the API's refresh tokens (see <see cref="CredentialsServiceCollectionExtensions"/>).
/// </summary>
public sealed class CohortsIdentityDbContext(DbContextOptions<CohortsIdentityDbContext> options) : IdentityDbContext<CohortsUser>(options), IDataProtectionKeyContext
{
    /// <summary>The migrations history table of these tables (the engine and the domain keep their own).</summary>
    public const string MigrationsHistoryTable = "__IdentityMigrationsHistory";

    /// <summary>Gets the programme managers.</summary>
    public DbSet<ProgrammeManager> ProgrammeManagers => Set<ProgrammeManager>();

    /// <summary>Gets the installation's single row.</summary>
    public DbSet<Installation> Installations => Set<Installation>();

    /// <summary>Gets the Data Protection keys that protect this installation's cookies and tokens.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Gets the API's refresh tokens (hashed).</summary>
    public DbSet<StoredRefreshToken> RefreshTokens => Set<StoredRefreshToken>();

    /// <summary>Gets the invitations (their tokens hashed), pending or done.</summary>
    public DbSet<Invitation> Invitations => Set<Invitation>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ProgrammeManager>(manager =>
        {
            manager.HasKey(m => new { m.ProgrammeId, m.UserId });
            manager.Property(m => m.ProgrammeId).HasMaxLength(100);
            manager.HasIndex(m => m.UserId);
            manager.HasOne<CohortsUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CohortsUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.CalendarToken).HasMaxLength(64);
            user.HasIndex(u => u.CalendarToken);
            user.Property(u => u.Language).HasMaxLength(AccountLanguages.MaxLength);
        });
        builder.ApplyConfiguration(new InstallationConfiguration());
        builder.ApplyConfiguration(new StoredRefreshTokenConfiguration());
        builder.ApplyConfiguration(new InvitationConfiguration());
    }
}
