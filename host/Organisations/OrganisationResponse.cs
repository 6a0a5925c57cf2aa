using Cohorts.Workflows.Organisations;

namespace Cohorts.Host.Organisations;

/// <summary>An organisation of the directory.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Town">The town, if known.</param>
/// <param name="Website">The web site, if known.</param>
/// <param name="Contacts">The people to reach there.</param>
/// <param name="CreatedAt">When it entered the directory.</param>
/// <param name="ArchivedAt">When it was archived, if it is.</param>
public sealed record OrganisationResponse(Guid Id, string Name, OrganisationKind Kind, string? Town, string? Website, IReadOnlyList<OrganisationContact> Contacts, DateTimeOffset CreatedAt, DateTimeOffset? ArchivedAt)
{
    /// <summary>The response for an organisation.</summary>
    public static OrganisationResponse Of(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new(organisation.Id, organisation.Name, organisation.Kind, organisation.Town, organisation.Website, organisation.Contacts, organisation.CreatedAt, organisation.ArchivedAt);
    }
}
