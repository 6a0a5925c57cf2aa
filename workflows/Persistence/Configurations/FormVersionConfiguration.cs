using Cohorts.Workflows.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="FormVersion"/> to FormVersions.</summary>
internal sealed class FormVersionConfiguration : IEntityTypeConfiguration<FormVersion>
{
    public void Configure(EntityTypeBuilder<FormVersion> builder)
    {
        builder.ToTable("FormVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedOnAdd();
        builder.Property(v => v.ProgrammeId).HasMaxLength(FormVersion.MaxProgrammeIdLength);
        builder.Property(v => v.FormId).HasMaxLength(FormLimits.MaxIdLength);
        builder.Property(v => v.PublishedBy).HasMaxLength(FormVersion.MaxPublishedByLength);

        // One row per version of a programme's form; also the lookup of its latest.
        builder.HasIndex(v => new { v.ProgrammeId, v.FormId, v.Version }).IsUnique();
    }
}
