using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="ApplicationCall"/> to ApplicationCalls: one per cohort, found by its token's hash.</summary>
internal sealed class ApplicationCallConfiguration : IEntityTypeConfiguration<ApplicationCall>
{
    public void Configure(EntityTypeBuilder<ApplicationCall> builder)
    {
        builder.ToTable("ApplicationCalls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ProgrammeId).HasMaxLength(FormVersion.MaxProgrammeIdLength);
        builder.Property(c => c.FormId).HasMaxLength(FormLimits.MaxIdLength);
        builder.Property(c => c.TokenHash).HasMaxLength(64);
        builder.Property(c => c.OpenedBy).HasMaxLength(320);
        builder.HasIndex(c => c.CohortId).IsUnique();
        builder.HasIndex(c => c.TokenHash).IsUnique();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
