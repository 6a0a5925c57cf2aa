using Cohorts.Workflows.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Attachment"/> to Attachments.</summary>
internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Owner).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.OwnerId).HasMaxLength(Attachment.MaxOwnerIdLength);
        builder.Property(a => a.Name).HasMaxLength(Attachment.MaxNameLength);
        builder.Property(a => a.Url).HasMaxLength(Attachment.MaxUrlLength);
        builder.Property(a => a.StoragePath).HasMaxLength(Attachment.MaxUrlLength);
        builder.Property(a => a.ContentType).HasMaxLength(Attachment.MaxContentTypeLength);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.AddedBy).HasMaxLength(Attachment.MaxAddedByLength);
        builder.Ignore(a => a.IsLink);

        // Listed by owner; a company's shared documents on its portal; a cohort's for access checks.
        builder.HasIndex(a => new { a.Owner, a.OwnerId });
        builder.HasIndex(a => a.CompanyId);
        builder.HasIndex(a => a.CohortId);
    }
}
