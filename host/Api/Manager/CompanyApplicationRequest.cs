namespace Cohorts.Host.Api.Manager;

/// <summary>A company applying to a cohort.</summary>
/// <param name="Name">The name, unique within the cohort.</param>
/// <param name="Sector">The sector.</param>
/// <param name="Headcount">The headcount (required: left out, it is refused rather than taken as 0).</param>
/// <param name="Location">The town.</param>
/// <param name="ContactEmail">The contact's e-mail address.</param>
/// <param name="Needs">The needs (matched against the coaches' expertise).</param>
public sealed record CompanyApplicationRequest(string? Name, string? Sector, int? Headcount, string? Location, string? ContactEmail, IReadOnlyList<string>? Needs)
{
    /// <summary>Gets the language the contact is written to in (en or fr); when left out, that of the company's application, else French.</summary>
    public string? ContactLanguage { get; init; }

    /// <summary>Gets the organisation of the directory the company is (a member of a network), if any.</summary>
    public Guid? OrganisationId { get; init; }
}
