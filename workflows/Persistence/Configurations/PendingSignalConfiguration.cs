using Cohorts.Workflows.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="PendingSignal"/> to PendingSignals, the signal outbox.</summary>
internal sealed class PendingSignalConfiguration : IEntityTypeConfiguration<PendingSignal>
{
    public void Configure(EntityTypeBuilder<PendingSignal> builder)
    {
        builder.ToTable("PendingSignals");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.LastError).HasMaxLength(PendingSignal.MaxErrorLength);

        // One row per signal id: the same decision never owes its signal twice.
        builder.HasIndex(s => s.SignalId).IsUnique();

        // The sweep: what is due, oldest first.
        builder.HasIndex(s => new { s.NextAttemptAt, s.CreatedAt });

        // A retried decision delivers what its key still owes.
        builder.HasIndex(s => new { s.Name, s.CorrelationKey });
    }
}
