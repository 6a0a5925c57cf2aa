using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="NotificationRead"/> to NotificationReads.</summary>
internal sealed class NotificationReadConfiguration : IEntityTypeConfiguration<NotificationRead>
{
    public void Configure(EntityTypeBuilder<NotificationRead> builder)
    {
        builder.ToTable("NotificationReads");

        // Read once per user: marking it read again changes nothing.
        builder.HasKey(r => new { r.NotificationId, r.UserId });
        builder.Property(r => r.UserId).HasMaxLength(NotificationRead.MaxUserIdLength);
        builder.HasOne<Notification>().WithMany().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);

        // A user's read markers.
        builder.HasIndex(r => r.UserId);
    }
}
