using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// Takes in a company's application: reads the instance's input (<c>companyId</c>, <c>cohortId</c>,
/// <c>companyName</c>, <c>cohortStart</c>, <c>cohortEnd</c>, as the cohort launcher gives them), checks that the
/// company exists and has applied, and sets those variables (what the input lacks is read from the company and its
/// cohort). A company added to a running cohort also gets <c>joinedAt</c> (when it joined), so its recurring sessions
/// start where the cohort is. Completes with outcome <c>Done</c>.
/// </summary>
[ActivityType("Intake")]
public sealed class Intake : Activity
{
    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input as JsonObject;
        var companyId = ActivityValues.ParseGuid(input?["companyId"]) ?? ActivityValues.ReadGuid(context, "companyId");
        if (companyId is not { } id)
        {
            return ActivityResult.Fault("Intake needs the input (or variable) 'companyId': start the instance through the cohort launcher.");
        }

        var (company, cohort, zoneId) = await ActivityValues.Store(context).ReadAsync(
            async db =>
            {
                var queries = DomainQueries.For(db);
                var found = await queries.CompanyByIdNoTracking(db, id, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Company {id} does not exist: its application was never recorded.");
                var itsCohort = await queries.CohortByIdNoTracking(db, found.CohortId, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Cohort {found.CohortId} of company {id} does not exist.");
                var zone = await queries.ProgrammeTimeZone(db, itsCohort.ProgrammeId, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Programme '{itsCohort.ProgrammeId}' of cohort {itsCohort.Id} does not exist.");
                return (found, itsCohort, zone);
            },
            context.CancellationToken);
        if (company.Status is not (CompanyStatus.Applied or CompanyStatus.Waitlisted))
        {
            return ActivityResult.Fault($"{company.Name} has not applied (status {company.Status}): its intake is over.");
        }

        var zone = ZonedTime.FindZone(zoneId) ?? context.TimeZone;
        context.SetVariable("companyId", company.Id.ToString());
        context.SetVariable("cohortId", cohort.Id.ToString());
        context.SetVariable("companyName", Text(input, "companyName") ?? company.Name);
        context.SetVariable("cohortStart", Text(input, "cohortStart") ?? DateValues.Format(ZonedTime.ToInstant(cohort.StartDate.ToDateTime(new TimeOnly(9, 0)), zone)));
        context.SetVariable("cohortEnd", Text(input, "cohortEnd") ?? DateValues.Format(ZonedTime.ToInstant(cohort.EndDate.ToDateTime(new TimeOnly(18, 0)), zone)));
        if ((Text(input, "joinedAt") ?? (company.JoinedAt is { } joined ? DateValues.Format(joined) : null)) is { } joinedAt)
        {
            context.SetVariable("joinedAt", joinedAt);
        }

        return ActivityResult.Complete();
    }

    private static string? Text(JsonObject? input, string name) => ActivityValues.ReadString(input, name);
}
