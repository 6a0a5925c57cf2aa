using Cohorts.Workflows.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="AuditEntry"/> to AuditEntries.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Actor).HasMaxLength(AuditEntry.MaxActorLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.MaxActionLength);
        builder.Property(e => e.SubjectId).HasMaxLength(AuditEntry.MaxSubjectLength);

        // A cohort's history, newest first.
        builder.HasIndex(e => new { e.CohortId, e.Id });

        // The account events (an action-code prefix), newest first.
        builder.HasIndex(e => new { e.Action, e.Id });
    }
}
