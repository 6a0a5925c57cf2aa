using Cohorts.Workflows.Organisations;

namespace Cohorts.Host.Pages.Manage.Organisations;

/// <summary>A programme's "Partners and organisations" section: the programme, and the organisation and role being added (kept when refused).</summary>
public sealed class ProgrammeOrganisationsForm
{
    /// <summary>Gets or sets the programme.</summary>
    public string ProgrammeId { get; set; } = string.Empty;

    /// <summary>Gets or sets the organisation to link.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>Gets or sets its role.</summary>
    public ProgrammeOrganisationRole Role { get; set; } = ProgrammeOrganisationRole.Partner;
}
