using Cohorts.Host.Localization;
using Cohorts.Workflows.Organisations;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Organisations;

/// <summary>Kinds and roles of organisations in the reader's language.</summary>
public static class OrganisationWords
{
    /// <summary>What an organisation is, in words.</summary>
    public static string Kind(OrganisationKind kind, IStringLocalizer<OrganisationText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return kind switch
        {
            OrganisationKind.Business => text["Company"],
            OrganisationKind.HigherEducation => text["Higher education"],
            OrganisationKind.Research => text["Research"],
            OrganisationKind.PublicBody => text["Public body"],
            OrganisationKind.Chamber => text["Chamber of commerce"],
            OrganisationKind.Cluster => text["Cluster / network"],
            OrganisationKind.Association => text["Association"],
            OrganisationKind.Funder => text["Funder"],
            _ => text["Other"],
        };
    }

    /// <summary>What an organisation is to a programme or an event (a role's name), in words.</summary>
    public static string Role(string role, IStringLocalizer<OrganisationText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return role switch
        {
            nameof(ProgrammeOrganisationRole.Partner) => text["Partner"],
            nameof(ProgrammeOrganisationRole.Funder) => text["Funder"],
            nameof(ProgrammeOrganisationRole.Organiser) => text["Organiser"],
            nameof(ProgrammeOrganisationRole.Host) => text["Host"],
            nameof(ProgrammeOrganisationRole.Member) => text["Member"],
            _ => role,
        };
    }
}
