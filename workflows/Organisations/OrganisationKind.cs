namespace Cohorts.Workflows.Organisations;

/// <summary>What an organisation is (what it does for a programme is its <see cref="ProgrammeOrganisationRole"/>).</summary>
public enum OrganisationKind
{
    /// <summary>A company (a partner company, a host of visits, a member of a network).</summary>
    Business,

    /// <summary>A university, a school, an institute of higher education.</summary>
    HigherEducation,

    /// <summary>A research body or laboratory.</summary>
    Research,

    /// <summary>A State service, a local authority, a public agency.</summary>
    PublicBody,

    /// <summary>A chamber of commerce and industry, of trades, of agriculture.</summary>
    Chamber,

    /// <summary>A cluster, a competitiveness pole, a business network.</summary>
    Cluster,

    /// <summary>An association, a federation, a foundation.</summary>
    Association,

    /// <summary>A bank, an investor, a funding body.</summary>
    Funder,

    /// <summary>Anything else.</summary>
    Other,
}
