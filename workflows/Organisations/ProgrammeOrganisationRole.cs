namespace Cohorts.Workflows.Organisations;

/// <summary>What an organisation is to a programme.</summary>
public enum ProgrammeOrganisationRole
{
    /// <summary>A partner of the programme (its panel of coaches may come from it).</summary>
    Partner,

    /// <summary>A funder of the programme.</summary>
    Funder,

    /// <summary>An organiser of the programme or of its events.</summary>
    Organiser,

    /// <summary>A host of the programme's visits or events.</summary>
    Host,

    /// <summary>A member of the programme's network (Connect Innov's member companies).</summary>
    Member,
}
