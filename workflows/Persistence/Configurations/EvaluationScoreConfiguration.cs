using Cohorts.Workflows.Evaluations;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="EvaluationScore"/> to EvaluationScores: one per round, application, evaluator and criterion.</summary>
internal sealed class EvaluationScoreConfiguration : IEntityTypeConfiguration<EvaluationScore>
{
    public void Configure(EntityTypeBuilder<EvaluationScore> builder)
    {
        builder.ToTable("EvaluationScores");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        builder.Property(s => s.Evaluator).HasMaxLength(InputLimits.MaxEmailLength);
        builder.Property(s => s.CriterionId).HasMaxLength(ScreeningLimits.MaxCriterionIdLength);
        builder.Property(s => s.Comment).HasMaxLength(ScreeningLimits.MaxCommentLength);
        builder.HasIndex(s => new { s.RoundId, s.CompanyId, s.Evaluator, s.CriterionId }).IsUnique();
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
