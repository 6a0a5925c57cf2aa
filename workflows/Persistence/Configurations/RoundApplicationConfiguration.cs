using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="RoundApplication"/> to EvaluationRoundApplications.</summary>
internal sealed class RoundApplicationConfiguration : IEntityTypeConfiguration<RoundApplication>
{
    public void Configure(EntityTypeBuilder<RoundApplication> builder)
    {
        builder.ToTable("EvaluationRoundApplications");
        builder.HasKey(a => new { a.RoundId, a.CompanyId });
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
