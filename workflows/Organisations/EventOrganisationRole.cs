namespace Cohorts.Workflows.Organisations;

/// <summary>What an organisation is to an event.</summary>
public enum EventOrganisationRole
{
    /// <summary>The event takes place at its premises (Schneider Electric's head office for an Innov Tour visit).</summary>
    Host,

    /// <summary>It organises or co-organises the event (the CRCI for Innov'embre).</summary>
    Organiser,
}
