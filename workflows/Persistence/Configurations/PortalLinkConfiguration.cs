using Cohorts.Workflows.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="PortalLink"/> to PortalLinks.</summary>
internal sealed class PortalLinkConfiguration : IEntityTypeConfiguration<PortalLink>
{
    public void Configure(EntityTypeBuilder<PortalLink> builder)
    {
        builder.ToTable("PortalLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Email).HasMaxLength(PortalLink.MaxEmailLength);
        builder.Property(l => l.CreatedBy).HasMaxLength(PortalLink.MaxEmailLength);
        builder.Property(l => l.RevokedBy).HasMaxLength(PortalLink.MaxEmailLength);

        // A company's links, newest first; the one to send again.
        builder.HasIndex(l => new { l.CompanyId, l.Email });
    }
}
