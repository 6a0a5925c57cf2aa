using Cohorts.Workflows.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="FormRequest"/> to FormRequests.</summary>
internal sealed class FormRequestConfiguration : IEntityTypeConfiguration<FormRequest>
{
    public void Configure(EntityTypeBuilder<FormRequest> builder)
    {
        builder.ToTable("FormRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ProgrammeId).HasMaxLength(FormVersion.MaxProgrammeIdLength);
        builder.Property(r => r.FormId).HasMaxLength(FormLimits.MaxIdLength);
        builder.Property(r => r.Respondent).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RespondentEmail).HasMaxLength(FormRequest.MaxRespondentLength);
        builder.Property(r => r.RespondentName).HasMaxLength(FormRequest.MaxRespondentLength);
        builder.Property(r => r.Title).HasMaxLength(FormRequest.MaxTitleLength);
        builder.Property(r => r.PlanKey).HasMaxLength(FormRequest.MaxPlanKeyLength);
        builder.Ignore(r => r.SignalKey);
        builder.Ignore(r => r.EditDeadline);

        // A replayed step finds its request by plan key; a company's portal lists its requests; a form's requests by programme.
        builder.HasIndex(r => r.PlanKey).IsUnique();
        builder.HasIndex(r => new { r.CompanyId, r.Status });
        builder.HasIndex(r => new { r.ProgrammeId, r.FormId });
        builder.HasIndex(r => r.SessionId);
    }
}
