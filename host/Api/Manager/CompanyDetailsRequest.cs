namespace Cohorts.Host.Api.Manager;

/// <summary>A company's details as a manager corrects them: every field is given (the company's form, whole).</summary>
/// <param name="Name">The name, unique within the cohort.</param>
/// <param name="Sector">The sector.</param>
/// <param name="Headcount">The headcount.</param>
/// <param name="Location">The town.</param>
/// <param name="ContactEmail">The contact's e-mail address (a new one revokes the portal links sent to anyone else).</param>
/// <param name="ContactLanguage">The language the contact is written to in (en or fr), or null: that of its application, else French.</param>
/// <param name="Needs">The needs (matched against the coaches' expertise): required, [] for none.</param>
public sealed record CompanyDetailsRequest(string? Name, string? Sector, int? Headcount, string? Location, string? ContactEmail, string? ContactLanguage, IReadOnlyList<string>? Needs);
