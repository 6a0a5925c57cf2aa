using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Notification"/> to Notifications.</summary>
internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>();

        // One notification per thing it is about: a replayed step finds it and records nothing.
        builder.HasIndex(n => n.Key).IsUnique();

        // A recipient's notifications, newest first.
        builder.HasIndex(n => new { n.Recipient, n.CreatedAt });
    }
}
