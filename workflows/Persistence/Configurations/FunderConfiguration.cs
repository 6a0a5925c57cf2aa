using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Funder"/> to Funders.</summary>
internal sealed class FunderConfiguration : IEntityTypeConfiguration<Funder>
{
    public void Configure(EntityTypeBuilder<Funder> builder)
    {
        builder.ToTable("Funders");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Share).HasPrecision(5, Funder.ShareDecimals);

        // Also indexes CohortId (a cohort's funders).
        builder.HasOne<Cohort>().WithMany().HasForeignKey(f => f.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
