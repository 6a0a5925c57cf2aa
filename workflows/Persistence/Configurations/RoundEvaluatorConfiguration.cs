using Cohorts.Workflows.Evaluations;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="RoundEvaluator"/> to EvaluationRoundEvaluators; the assigned companies are a JSON column.</summary>
internal sealed class RoundEvaluatorConfiguration : IEntityTypeConfiguration<RoundEvaluator>
{
    public void Configure(EntityTypeBuilder<RoundEvaluator> builder)
    {
        builder.ToTable("EvaluationRoundEvaluators");
        builder.HasKey(e => new { e.RoundId, e.Email });
        builder.Property(e => e.Email).HasMaxLength(InputLimits.MaxEmailLength);
        builder.Property(e => e.Name).HasMaxLength(InputLimits.MaxNameLength);
        builder.PrimitiveCollection(e => e.Assigned);
        builder.Ignore(e => e.Display);

        // An evaluator's rounds (their assignments page).
        builder.HasIndex(e => e.Email);
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
