namespace Cohorts.Workflows.Organisations;

/// <summary>The limits of an organisation's fields (docs/domain.md, "Organisations").</summary>
public static class OrganisationLimits
{
    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest town.</summary>
    public const int MaxTownLength = 100;

    /// <summary>The longest web address.</summary>
    public const int MaxWebsiteLength = 500;

    /// <summary>The most contacts an organisation lists.</summary>
    public const int MaxContacts = 20;

    /// <summary>The longest contact name or role.</summary>
    public const int MaxContactTextLength = 200;

    /// <summary>The most organisations linked to one programme.</summary>
    public const int MaxPerProgramme = 500;

    /// <summary>The most organisations linked to one event (hosts and organisers).</summary>
    public const int MaxPerEvent = 20;
}
