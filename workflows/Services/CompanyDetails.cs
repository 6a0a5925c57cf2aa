namespace Cohorts.Workflows.Services;

/// <summary>What a manager can correct about a company during its cohort: all of it is given, as on the company's form.</summary>
/// <param name="Name">The name, unique within the cohort.</param>
/// <param name="Sector">The sector.</param>
/// <param name="Headcount">The headcount (required: null is refused with the other problems).</param>
/// <param name="Location">The town.</param>
/// <param name="ContactEmail">The contact's e-mail address.</param>
/// <param name="ContactLanguage">The language the contact is written to in (<see cref="ContactLanguages"/>), or null: that of its application, else the default.</param>
/// <param name="Needs">The needs (matched against the coaches' expertise when a coach is chosen); required, empty for none.</param>
public sealed record CompanyDetails(
    string Name,
    string Sector,
    int? Headcount,
    string Location,
    string ContactEmail,
    string? ContactLanguage,
    IReadOnlyList<string>? Needs);
