using Cohorts.Workflows.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Metrics;

/// <summary>Maps <see cref="MetricTarget"/> to MetricTargets: one row per (programme, cohort or none, metric).</summary>
internal sealed class MetricTargetConfiguration : IEntityTypeConfiguration<MetricTarget>
{
    public void Configure(EntityTypeBuilder<MetricTarget> builder)
    {
        builder.ToTable("MetricTargets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ProgrammeId).HasMaxLength(FormVersion.MaxProgrammeIdLength);
        builder.Property(t => t.MetricId).HasMaxLength(FormLimits.MaxIdLength);
        builder.HasIndex(t => new { t.ProgrammeId, t.CohortId, t.MetricId }).IsUnique();
        builder.HasIndex(t => t.CohortId);
    }
}
