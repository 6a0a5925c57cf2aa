using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Cohort"/> to Cohorts; its target overrides are a JSON column.</summary>
internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.ToTable("Cohorts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.ComplexCollection(c => c.Targets, targets =>
        {
            targets.ToJson();
            targets.Property(t => t.Kpi).HasConversion<string>();

            // A get-only property (checked in the record's initializer), mapped through its backing field.
            targets.Property(t => t.Target);
        });

        // Also indexes ProgrammeId (a programme's cohorts).
        builder.HasOne<Programme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}
