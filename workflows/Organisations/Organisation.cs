using Cohorts.Workflows.Text;

namespace Cohorts.Workflows.Organisations;

/// <summary>
/// An organisation of the installation's directory: a partner, a host of visits, an organiser of events, a funder, a
/// higher-education or research body, a member company of a network. Shared by every programme: a programme links it
/// with <see cref="ProgrammeOrganisation"/>, an event with <see cref="EventOrganisation"/>, a coach or a participant
/// names the organisation they come from.
/// </summary>
public sealed class Organisation
{
    /// <summary>Initializes a new instance of the <see cref="Organisation"/> class.</summary>
    public Organisation(Guid id, string name, OrganisationKind kind, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = Spacing.Collapse(name);
        NormalizedName = Normalize(name);
        Kind = kind;
        CreatedAt = createdAt;
    }

    /// <summary>Gets the id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the name ("Schneider Electric", "Université de technologie de Compiègne").</summary>
    public string Name { get; private set; }

    /// <summary>Gets the name as it is looked up: trimmed, upper-case (unique in the directory).</summary>
    public string NormalizedName { get; private set; }

    /// <summary>Gets what it is.</summary>
    public OrganisationKind Kind { get; private set; }

    /// <summary>Gets the town, if known.</summary>
    public string? Town { get; set; }

    /// <summary>Gets the web site (an absolute http or https address), if known.</summary>
    public string? Website { get; set; }

    /// <summary>Gets the people to reach there.</summary>
    public List<OrganisationContact> Contacts { get; private set; } = [];

    /// <summary>Gets when it entered the directory.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Gets when it was archived (kept for the events and programmes that name it, hidden from choices).</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Renames it and sets its kind.</summary>
    public void Describe(string name, OrganisationKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = Spacing.Collapse(name);
        NormalizedName = Normalize(name);
        Kind = kind;
    }

    /// <summary>Replaces its contacts (a new list, so that the JSON column sees the change).</summary>
    public void SetContacts(IEnumerable<OrganisationContact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        Contacts = [.. contacts];
    }

    /// <summary>The form of a name the directory looks up and keeps unique.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Spacing.Collapse(name).ToUpperInvariant();
    }

    /// <summary>
    /// The normalized forms that are the same name as <paramref name="name"/>: its own, and the same with the other
    /// apostrophe (straight ' or typographic ’), since "CCI de l'Aisne" and "CCI de l’Aisne" are one organisation.
    /// Stored names keep the apostrophe they were typed with, so the lookups ask for each form.
    /// </summary>
    public static IReadOnlyList<string> Spellings(string name)
    {
        var key = Normalize(name);
        var (straight, typographic) = Apostrophes.Forms(key);
        return [.. new[] { key, straight, typographic }.Distinct(StringComparer.Ordinal)];
    }
}
