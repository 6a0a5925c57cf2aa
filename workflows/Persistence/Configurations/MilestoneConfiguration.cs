using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Milestone"/> to Milestones; its decisions are a JSON column.</summary>
internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("Milestones");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Reviewer).HasConversion<string>();
        builder.Ignore(m => m.FinalDecision);
        builder.ComplexCollection(m => m.Decisions, decisions =>
        {
            decisions.ToJson();
            decisions.Property(d => d.Outcome).HasConversion<string>();
        });

        // A replayed workflow step finds the milestone it planned; unique, so it cannot plan two.
        builder.HasIndex(m => m.PlanKey).IsUnique();

        // A cohort's milestones in due order.
        builder.HasIndex(m => new { m.CohortId, m.DueAt });
        builder.HasOne<Cohort>().WithMany().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);

        // Also indexes CompanyId (a company's milestones).
        builder.HasOne<Company>().WithMany().HasForeignKey(m => m.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
