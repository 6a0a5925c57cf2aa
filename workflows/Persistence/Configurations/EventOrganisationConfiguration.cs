using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="EventOrganisation"/> to EventOrganisations: an event's host and organisers.</summary>
internal sealed class EventOrganisationConfiguration : IEntityTypeConfiguration<EventOrganisation>
{
    public void Configure(EntityTypeBuilder<EventOrganisation> builder)
    {
        builder.ToTable("EventOrganisations");
        builder.HasKey(e => new { e.SessionId, e.OrganisationId, e.Role });
        builder.Property(e => e.Role).HasConversion<string>();

        // What an organisation hosted or organised.
        builder.HasIndex(e => e.OrganisationId);
        builder.HasOne<Session>().WithMany().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
