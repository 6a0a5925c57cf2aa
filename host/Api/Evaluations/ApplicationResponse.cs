using System.Text.Json.Nodes;
using Cohorts.Workflows.Evaluations;

namespace Cohorts.Host.Api.Evaluations;

/// <summary>An application, for the cohort's manager or its evaluators.</summary>
/// <param name="CompanyId">The applicant company.</param>
/// <param name="Name">Its name.</param>
/// <param name="Sector">Its sector.</param>
/// <param name="Headcount">Its headcount.</param>
/// <param name="Location">Its town.</param>
/// <param name="ContactEmail">Its contact's address.</param>
/// <param name="Needs">Its needs.</param>
/// <param name="Status">Where its journey stands.</param>
/// <param name="FormId">The form answered (null: added otherwise).</param>
/// <param name="FormVersion">The version answered.</param>
/// <param name="SubmittedAt">When it applied.</param>
/// <param name="Answers">Its answers, question id → value.</param>
public sealed record ApplicationResponse(Guid CompanyId, string Name, string Sector, int Headcount, string Location, string ContactEmail, IReadOnlyList<string> Needs, string Status, string? FormId, int? FormVersion, DateTimeOffset? SubmittedAt, JsonObject Answers)
{
    /// <summary>Describes an application.</summary>
    public static ApplicationResponse Of(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var company = record.Company;
        return new(company.Id, company.Name, company.Sector, company.Headcount, company.Location, company.ContactEmail, company.Needs, company.Status.ToString(), record.Application?.FormId, record.Application?.FormVersion, record.Application?.SubmittedAt, record.Answers);
    }
}
