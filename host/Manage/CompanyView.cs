using System.Text.Json.Serialization;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Manage;

/// <summary>A company of a cohort.</summary>
/// <param name="Id">The company's id.</param>
/// <param name="CohortId">Its cohort.</param>
/// <param name="Name">The name.</param>
/// <param name="Sector">The sector.</param>
/// <param name="Headcount">The headcount.</param>
/// <param name="Location">The town.</param>
/// <param name="ContactEmail">The contact's e-mail address.</param>
/// <param name="ContactLanguage">The language the contact is written to in (en or fr), when chosen; null: that of its application, else French.</param>
/// <param name="Needs">The needs stated at intake.</param>
/// <param name="Status">Where it stands in its journey.</param>
/// <param name="StatusReason">Why (screening, completion), if given.</param>
/// <param name="CoachId">Its coach, once assigned.</param>
/// <param name="CoachName">The coach's name.</param>
/// <param name="InstanceId">Its workflow instance, once launched.</param>
public sealed record CompanyView(
    Guid Id,
    Guid CohortId,
    string Name,
    string Sector,
    int Headcount,
    string Location,
    string ContactEmail,
    string? ContactLanguage,
    IReadOnlyList<string> Needs,
    [property: JsonConverter(typeof(JsonStringEnumConverter<CompanyStatus>))] CompanyStatus Status,
    string? StatusReason,
    Guid? CoachId,
    string? CoachName,
    Guid? InstanceId)
{
    /// <summary>Makes the view of a company.</summary>
    public static CompanyView Of(Company company, IReadOnlyDictionary<Guid, string> coachNames)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(coachNames);
        return new CompanyView(
            company.Id,
            company.CohortId,
            company.Name,
            company.Sector,
            company.Headcount,
            company.Location,
            company.ContactEmail,
            company.ContactLanguage,
            [.. company.Needs],
            company.Status,
            company.StatusReason,
            company.CoachId,
            company.CoachId is { } coachId ? coachNames.GetValueOrDefault(coachId) : null,
            company.InstanceId);
    }
}
