using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="EvaluationRound"/> to EvaluationRounds; its rubric is a JSON column.</summary>
internal sealed class EvaluationRoundConfiguration : IEntityTypeConfiguration<EvaluationRound>
{
    public void Configure(EntityTypeBuilder<EvaluationRound> builder)
    {
        builder.ToTable("EvaluationRounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(ScreeningLimits.MaxRoundNameLength);
        builder.Property(r => r.Rubric).HasConversion(JsonColumn<Rubric>.Converter, JsonColumn<Rubric>.Comparer);
        builder.Property(r => r.OpenedBy).HasMaxLength(320);
        builder.Property(r => r.ClosedBy).HasMaxLength(320);
        builder.Ignore(r => r.IsClosed);
        builder.HasIndex(r => new { r.CohortId, r.Number }).IsUnique();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
