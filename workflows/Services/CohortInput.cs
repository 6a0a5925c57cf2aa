using System.Text.Json.Nodes;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Services;

/// <summary>The input of a cohort's workflow instances (read by the Intake activity and by expressions as <c>input</c>).</summary>
internal static class CohortInput
{
    /// <summary>The local time at which a cohort starts and ends (its first and last days at 09:00 and 18:00).</summary>
    private static readonly TimeOnly StartOfDay = new(9, 0);
    private static readonly TimeOnly EndOfDay = new(18, 0);

    /// <summary>The input of a company's instance.</summary>
    public static JsonObject ForCompany(Cohort cohort, Company company, TimeZoneInfo zone)
    {
        var input = ForCohort(cohort, zone);
        input["companyId"] = company.Id.ToString();
        input["companyName"] = company.Name;
        if (company.JoinedAt is { } joinedAt)
        {
            // A company that joined the running cohort: its journey plans nothing before it joined, whoever starts it
            // (right after it joined, or the launch's recovery after a crash in between).
            input["joinedAt"] = DateValues.Format(joinedAt);
        }

        return input;
    }

    /// <summary>The instant a cohort's workflows start from (their variable <c>cohortStart</c>): its first day at 09:00.</summary>
    public static DateTimeOffset Start(Cohort cohort, TimeZoneInfo zone) => ZonedTime.ToInstant(cohort.StartDate.ToDateTime(StartOfDay), zone);

    /// <summary>The input of the cohort-wide instance.</summary>
    public static JsonObject ForCohort(Cohort cohort, TimeZoneInfo zone) => new()
    {
        ["cohortId"] = cohort.Id.ToString(),
        ["cohortName"] = cohort.Name,
        ["programmeId"] = cohort.ProgrammeId,
        ["cohortStart"] = DateValues.Format(Start(cohort, zone)),
        ["cohortEnd"] = DateValues.Format(ZonedTime.ToInstant(cohort.EndDate.ToDateTime(EndOfDay), zone)),
    };
}
