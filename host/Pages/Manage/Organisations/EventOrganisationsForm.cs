namespace Cohorts.Host.Pages.Manage.Organisations;

/// <summary>An event's host and organisers as the event page sets them (kept when refused).</summary>
public sealed class EventOrganisationsForm
{
    /// <summary>Gets or sets the event.</summary>
    public Guid SessionId { get; set; }

    /// <summary>Gets or sets the host, if any.</summary>
    public Guid? HostId { get; set; }

    /// <summary>Gets or sets the organisers.</summary>
    public List<Guid> OrganiserIds { get; set; } = [];
}
