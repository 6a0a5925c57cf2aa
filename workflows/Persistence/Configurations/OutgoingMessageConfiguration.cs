using Cohorts.Workflows.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="OutgoingMessage"/> to OutgoingMessages, the e-mail outbox.</summary>
internal sealed class OutgoingMessageConfiguration : IEntityTypeConfiguration<OutgoingMessage>
{
    public void Configure(EntityTypeBuilder<OutgoingMessage> builder)
    {
        builder.ToTable("OutgoingMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Key).HasMaxLength(OutgoingMessage.MaxKeyLength);
        builder.Property(m => m.Kind).HasMaxLength(100);
        builder.Property(m => m.Recipient).HasMaxLength(OutgoingMessage.MaxRecipientLength);
        builder.Property(m => m.LastError).HasMaxLength(OutgoingMessage.MaxErrorLength);

        // Once per thing it is about: a replayed step or a retried action finds it and owes nothing more.
        builder.HasIndex(m => m.Key).IsUnique();

        // The sender: what is owed and due, oldest first.
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
