using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Coach"/> to Coaches; expertise and available days are JSON columns.</summary>
internal sealed class CoachConfiguration : IEntityTypeConfiguration<Coach>
{
    public void Configure(EntityTypeBuilder<Coach> builder)
    {
        builder.ToTable("Coaches");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.PrimitiveCollection(c => c.Expertise);
        builder.PrimitiveCollection(c => c.AvailableDays).ElementType().HasConversion<string>();

        // Coaches stored before working hours existed work the default day.
        builder.Property(c => c.WorkStart).HasDefaultValue(WorkingHours.DefaultStart);
        builder.Property(c => c.WorkEnd).HasDefaultValue(WorkingHours.DefaultEnd);

        // Also indexes CohortId (a cohort's coaches).
        builder.HasOne<Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
