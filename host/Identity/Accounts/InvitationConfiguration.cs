using Cohorts.Engine.EntityFrameworkCore.Converters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>The invitations' table: instants as UTC ticks (comparable in SQL), the token hash unique.</summary>
internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Email).HasMaxLength(Invitation.MaxEmailLength);
        builder.Property(i => i.Role).HasMaxLength(50);
        builder.Property(i => i.DisplayName).HasMaxLength(Invitation.MaxNameLength);
        builder.Property(i => i.Language).HasMaxLength(AccountLanguages.MaxLength);
        builder.Property(i => i.ProgrammeIds).HasMaxLength(Invitation.MaxProgrammeIdsLength);
        builder.Property(i => i.Cohort).HasMaxLength(Invitation.MaxNameLength);
        builder.Property(i => i.InvitedById).HasMaxLength(450);
        builder.Property(i => i.InvitedByName).HasMaxLength(Invitation.MaxNameLength + Invitation.MaxEmailLength);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.UserId).HasMaxLength(450);
        builder.Property(i => i.CreatedAt).HasConversion<UtcTicksConverter>();
        builder.Property(i => i.ExpiresAt).HasConversion<UtcTicksConverter>();
        builder.Property(i => i.AcceptedAt).HasConversion<UtcTicksConverter>();
        builder.Ignore(i => i.ProgrammeIdList);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.Email);
    }
}
