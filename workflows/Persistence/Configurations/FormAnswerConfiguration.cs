using Cohorts.Workflows.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="FormAnswer"/> to FormAnswers.</summary>
internal sealed class FormAnswerConfiguration : IEntityTypeConfiguration<FormAnswer>
{
    public void Configure(EntityTypeBuilder<FormAnswer> builder)
    {
        builder.ToTable("FormAnswers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.ProgrammeId).HasMaxLength(FormVersion.MaxProgrammeIdLength);
        builder.Property(a => a.FormId).HasMaxLength(FormLimits.MaxIdLength);
        builder.Property(a => a.SubmittedBy).HasMaxLength(FormAnswer.MaxSubmittedByLength);

        // One answer per request; a form's answers read together for aggregation, by cohort when broken down.
        builder.HasIndex(a => a.RequestId).IsUnique();
        builder.HasIndex(a => new { a.ProgrammeId, a.FormId, a.CohortId });
        builder.HasIndex(a => a.CompanyId);
    }
}
