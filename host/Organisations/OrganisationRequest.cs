using Cohorts.Workflows.Organisations;

namespace Cohorts.Host.Organisations;

/// <summary>An organisation as the API takes it (to add or to edit: an edit replaces every field, contacts included).</summary>
/// <param name="Name">The name, unique in the directory.</param>
/// <param name="Kind">What it is: Business, HigherEducation, Research, PublicBody, Chamber, Cluster, Association, Funder or Other.</param>
/// <param name="Town">The town, if known.</param>
/// <param name="Website">The web site (an absolute http or https address), if known.</param>
/// <param name="Contacts">The people to reach there, if any.</param>
public sealed record OrganisationRequest(string? Name, OrganisationKind? Kind, string? Town, string? Website, IReadOnlyList<OrganisationContactRequest?>? Contacts)
{
    /// <summary>The input for the directory, or a 400 naming the missing kind or a null contact.</summary>
    public OrganisationInput ToInput()
    {
        var problems = new List<KeyValuePair<string, string>>();
        if (Kind is null)
        {
            problems.Add(new("kind", $"Give the organisation's kind: {string.Join(", ", Enum.GetNames<OrganisationKind>())}."));
        }

        var contacts = Contacts ?? [];
        for (var i = 0; i < contacts.Count && i <= OrganisationLimits.MaxContacts; i++)
        {
            if (contacts[i] is null)
            {
                problems.Add(new($"contacts[{i}]", "Give a contact here, not null."));
            }
            else if (string.IsNullOrWhiteSpace(contacts[i]!.Name))
            {
                problems.Add(new($"contacts[{i}].name", "The contact's name is required."));
            }
        }

        if (problems.Count > 0)
        {
            throw new Workflows.Services.DomainRuleException(problems);
        }

        return new OrganisationInput(Name, Kind!.Value, Town, Website, [.. contacts.Select(c => new OrganisationContact(c!.Name!, c.Email, c.Role))]);
    }
}
