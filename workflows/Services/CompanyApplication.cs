namespace Cohorts.Workflows.Services;

/// <summary>A company's application fields (what the Intake activity starts from).</summary>
/// <param name="Name">The name, unique within the cohort.</param>
/// <param name="Sector">The sector (e.g. "industry").</param>
/// <param name="Headcount">The headcount.</param>
/// <param name="Location">The town.</param>
/// <param name="ContactEmail">The contact's e-mail address.</param>
/// <param name="Needs">The needs stated (matched against coaches' expertise).</param>
public sealed record CompanyApplication(
    string Name,
    string Sector,
    int Headcount,
    string Location,
    string ContactEmail,
    IReadOnlyList<string>? Needs = null)
{
    /// <summary>Gets the id to give the company (a new one when null); it is also its workflow instance's id.</summary>
    public Guid? Id { get; init; }

    /// <summary>Gets the language the contact is written to in (<see cref="ContactLanguages"/>), or null: that of its application, else the default.</summary>
    public string? ContactLanguage { get; init; }

    /// <summary>Gets the organisation of the directory the company is (a member of a network), if any: it exists and is not archived.</summary>
    public Guid? OrganisationId { get; init; }
}
