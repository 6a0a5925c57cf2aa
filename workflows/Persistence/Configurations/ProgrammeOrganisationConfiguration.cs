using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="ProgrammeOrganisation"/> to ProgrammeOrganisations: one row per programme, organisation and role.</summary>
internal sealed class ProgrammeOrganisationConfiguration : IEntityTypeConfiguration<ProgrammeOrganisation>
{
    public void Configure(EntityTypeBuilder<ProgrammeOrganisation> builder)
    {
        builder.ToTable("ProgrammeOrganisations");
        builder.HasKey(p => new { p.ProgrammeId, p.OrganisationId, p.Role });
        builder.Property(p => p.Role).HasConversion<string>();
        builder.HasIndex(p => p.OrganisationId);
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
