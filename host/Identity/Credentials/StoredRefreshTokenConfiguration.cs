using Cohorts.Engine.EntityFrameworkCore.Converters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>The refresh tokens' table: instants as UTC ticks (comparable in SQL), deleted with their user.</summary>
internal sealed class StoredRefreshTokenConfiguration : IEntityTypeConfiguration<StoredRefreshToken>
{
    public void Configure(EntityTypeBuilder<StoredRefreshToken> builder)
    {
        builder.ToTable("RefreshTokens");
        builder.HasKey(t => t.TokenHash);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.SecurityStamp).HasMaxLength(256);
        builder.Property(t => t.CreatedAt).HasConversion<UtcTicksConverter>();
        builder.Property(t => t.ExpiresAt).HasConversion<UtcTicksConverter>();
        builder.Property(t => t.UsedAt).HasConversion<UtcTicksConverter>();
        builder.Property(t => t.RevokedAt).HasConversion<UtcTicksConverter>();
        builder.HasIndex(t => t.FamilyId);
        builder.HasIndex(t => t.UserId);
        builder.HasOne<CohortsUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
