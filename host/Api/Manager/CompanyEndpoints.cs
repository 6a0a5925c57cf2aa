using Cohorts.Host.Access;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Manager;

/// <summary>Companies: reading one, correcting its details, screening its application, choosing its coach.</summary>
internal static class CompanyEndpoints
{
    public static void MapCompanyEndpoints(this RouteGroupBuilder api)
    {
        var companies = api.MapGroup("/companies/{id:guid}").WithTags("Companies");
        companies.MapGet("/", GetAsync)
            .WithSummary("Reads a company: its cohort's manager or funder, or its own coach.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        companies.MapPut("/", ChangeDetailsAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Corrects the company's details: every field given; a new contact address revokes the portal links sent to anyone else.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        companies.MapPost("/screening", ScreenAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Decides the company's application: accepted, waitlisted or rejected (reasons required unless accepted).")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        companies.MapPut("/coach", AssignCoachAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Gives the company another coach of its cohort (upcoming sessions move to them).")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<CompanyView>> GetAsync(Guid id, CohortReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.GetCompanyAsync(id, cancellationToken));

    private static async Task<Ok<CompanyView>> ChangeDetailsAsync(Guid id, CompanyDetailsRequest request, CompanyChanges changes, CohortReader reader, CancellationToken cancellationToken)
    {
        var details = new CompanyDetails(
            request.Name ?? string.Empty,
            request.Sector ?? string.Empty,
            request.Headcount,
            request.Location ?? string.Empty,
            request.ContactEmail ?? string.Empty,
            request.ContactLanguage,
            request.Needs);
        await changes.ChangeDetailsAsync(id, details, cancellationToken);
        return TypedResults.Ok(await reader.GetCompanyAsync(id, cancellationToken));
    }

    private static async Task<Ok<CompanyView>> ScreenAsync(Guid id, ScreeningRequest request, CompanyDecisions decisions, CohortReader reader, CancellationToken cancellationToken)
    {
        await decisions.ScreenAsync(id, request.Decision, request.Reasons, request.ShareReasons ?? true, cancellationToken);
        return TypedResults.Ok(await reader.GetCompanyAsync(id, cancellationToken));
    }

    private static async Task<Ok<CoachAssignment>> AssignCoachAsync(Guid id, CoachChangeRequest request, CompanyDecisions decisions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await decisions.AssignCoachAsync(id, request.CoachId ?? throw new DomainRuleException("coachId", "Name the coach."), cancellationToken));
}
