using Cohorts.Host.Access;
using Cohorts.Host.Errors;
using System.Globalization;
using Cohorts.Host.Manage;
using Cohorts.Host.Tables;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Manager;

/// <summary>Cohorts: the ones the user sees, creating and launching them, their board and companies.</summary>
internal static class CohortEndpoints
{
    public static void MapCohortEndpoints(this RouteGroupBuilder api)
    {
        var cohorts = api.MapGroup("/cohorts").WithTags("Cohorts");
        cohorts.MapGet("/", ListAsync)
            .WithSummary("Lists the cohorts the user sees (managed programmes' cohorts, coached and funded cohorts), a page at a time: ?sort=recent (latest start first, the default)|name|programme|companies|late, ?dir=desc, ?q=words (name or programme), ?filter=running|late, ?page=1.. (past the last page: an empty list), ?size=1..100 (default 50), ?archived=true (archived cohorts too). The total is in the X-Total-Count header; a Link header names the next page.")
            .Problems(StatusCodes.Status400BadRequest);
        cohorts.MapPost("/", CreateAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Creates a cohort from a plan (companies, coaches, funders) and, with launch: true, starts its workflows.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohorts.MapPost("/preview", PreviewAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Previews a cohort from the plan POST /api/cohorts takes (its own companies and coaches; launch is ignored), on the programme's current definitions, creating nothing: calendar, each coach's load per month, the day each target is reached, the conflicts the plan cannot avoid.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohorts.MapPost("/{id:guid}/launch", LaunchAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Launches a cohort: one workflow instance per company and the cohort-wide one (again: starts only what is missing).")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohorts.MapGet("/{id:guid}", GetAsync)
            .WithSummary("Reads a cohort the user has a part in: dates, launch, coaches, funders.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohorts.MapGet("/{id:guid}/board", BoardAsync)
            .WithSummary("The cohort's board: each company's status, coach, current workflow steps, next session and late sessions (a coach: their companies).")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohorts.MapGet("/{id:guid}/companies", CompaniesAsync)
            .WithSummary("Lists the cohort's companies (a coach: their own).")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohorts.MapGet("/{id:guid}/coaches", CoachesAsync)
            .WithSummary("The cohort's coaches and their time (its managers): companies, sessions and hours planned, used and budgeted, over-capacity warnings.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohorts.MapPost("/{id:guid}/coaches", AddCoachAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Adds a coach to a cohort that has not ended (a coach joining during the year): the coach can then be given companies. A coach without an account is invited (an e-mail), in the same transaction.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        cohorts.MapPost("/{id:guid}/funders", AddFunderAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Adds a funder to a cohort that is not archived (a co-funder joining during the year): the funder then follows its progress and decides the milestones a funder decides. The shares may not add up to more than the budget (400 at share). A funder without an account is invited (an e-mail), in the same transaction. 409 when the address is a funder's of the cohort already.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }

    /// <summary>
    /// Refuses an order, a direction or a filter the list does not have (the pages fall back to the default; a client
    /// is told, rather than given another order than it asked for).
    /// </summary>
    private static void CheckOrder(TableView<CohortSummary> view, string? sort, string? dir, string? filter)
    {
        var problems = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrWhiteSpace(sort) && !view.Columns.ContainsKey(sort.Trim()))
        {
            problems.Add(new("sort", $"'{EchoedValues.Cut(sort, 100)}' is not an order; the orders are {string.Join(", ", view.Columns.Keys)}."));
        }

        if (!string.IsNullOrWhiteSpace(dir) && !string.Equals(dir.Trim(), "asc", StringComparison.OrdinalIgnoreCase) && !string.Equals(dir.Trim(), "desc", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new("dir", $"'{EchoedValues.Cut(dir, 100)}' is not a direction: asc or desc."));
        }

        if (!string.IsNullOrWhiteSpace(filter) && view.Filters?.ContainsKey(filter.Trim()) != true)
        {
            problems.Add(new("filter", $"'{EchoedValues.Cut(filter, 100)}' is not a filter; the filters are {string.Join(", ", view.Filters?.Keys ?? [])}."));
        }

        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems);
        }
    }

    private static async Task<Ok<IReadOnlyList<CohortSummary>>> ListAsync(
        CohortReader reader,
        HttpContext http,
        TimeProvider clock,
        string? sort,
        string? dir,
        string? q,
        string? filter,
        int? page,
        int? size,
        bool? archived,
        CancellationToken cancellationToken)
    {
        if (page is < 1)
        {
            throw new DomainRuleException("page", "The first page is 1.");
        }

        if (size is < 1 or > TableQuery.MaxPageSize)
        {
            throw new DomainRuleException("size", $"A page holds from 1 to {TableQuery.MaxPageSize} cohorts.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var view = CohortTable.View(today);
        CheckOrder(view, sort, dir, filter);
        var query = TableQuery.Of(sort, dir, q, filter, page?.ToString(CultureInfo.InvariantCulture), size?.ToString(CultureInfo.InvariantCulture), CohortTable.PageSize);
        var result = view.Apply(await reader.ListVisibleAsync(archived ?? false, cancellationToken), query);
        http.Response.Headers["X-Total-Count"] = result.Paging.Total.ToString(CultureInfo.InvariantCulture);
        if (result.Paging.HasNext)
        {
            http.Response.Headers.Link = $"</api/cohorts{result.Paging.Query.Link(page: result.Paging.Query.Page + 1)}>; rel=\"next\"";
        }

        // The pages bring a page past the last back to the last one (a person who followed an old link); a client
        // reading page after page until one is empty must get an empty one, not the last page again.
        return TypedResults.Ok(page > result.Paging.Query.Page ? [] : result.Rows);
    }

    private static async Task<Created<CreatedCohort>> CreateAsync(CohortPlanRequest request, ProgrammeReader programmes, CohortPlanner planner, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(request, programmes, cancellationToken);
        var created = await planner.CreateAsync(plan, request.Launch, cancellationToken);
        return TypedResults.Created($"/api/cohorts/{created.CohortId}", created);
    }

    private static async Task<Ok<SimulationResponse>> PreviewAsync(CohortPlanRequest request, ProgrammeReader programmes, SimulationPreviewer previewer, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(request, programmes, cancellationToken);
        return TypedResults.Ok(SimulationResponse.Of(await previewer.PreviewAsync(plan, cancellationToken)));
    }

    /// <summary>The cohort plan a request describes, for a programme the user manages.</summary>
    private static async Task<CohortPlan> PlanAsync(CohortPlanRequest request, ProgrammeReader programmes, CancellationToken cancellationToken)
    {
        var programme = await programmes.RequireManagedAsync(request.ProgrammeId, cancellationToken);
        var start = request.StartDate ?? throw new DomainRuleException("startDate", "Give the cohort's first day.");
        RejectNullItems(request.Companies, "companies", "a company");
        RejectNullItems(request.Coaches, "coaches", "a coach");
        RejectNullItems(request.Funders, "funders", "a funder");
        RequireHeadcounts(request.Companies);
        return new CohortPlan(
            programme.Id,
            request.Name ?? string.Empty,
            start,
            request.EndDate ?? CohortPlanner.DefaultEndDate(programme, start),
            [.. (request.Companies ?? []).Select(c => new CompanyApplication(c.Name ?? string.Empty, c.Sector ?? string.Empty, c.Headcount ?? 0, c.Location ?? string.Empty, c.ContactEmail ?? string.Empty, c.Needs) { OrganisationId = c.OrganisationId, ContactLanguage = c.ContactLanguage })],
            [.. (request.Coaches ?? []).Select(Profile)],
            [.. (request.Funders ?? []).Select(f => new FunderShare(f.Name ?? string.Empty, f.Email ?? string.Empty, f.Share))]);
    }

    /// <summary>Refuses a plan's companies whose headcount is left out, each at its path (never taken as 0).</summary>
    /// <exception cref="DomainRuleException">Some company has no headcount.</exception>
    private static void RequireHeadcounts(IReadOnlyList<CompanyApplicationRequest>? companies)
    {
        List<KeyValuePair<string, string>> missing = [.. (companies ?? []).Select((c, i) => (c, i)).Where(x => x.c.Headcount is null).Select(x => new KeyValuePair<string, string>($"companies[{x.i}].headcount", "The headcount is required."))];
        if (missing.Count > 0)
        {
            throw new DomainRuleException(missing);
        }
    }

    private static async Task<Created<CoachView>> AddCoachAsync(Guid id, CoachProfileRequest request, CohortPlanner planner, CancellationToken cancellationToken)
    {
        var coach = await planner.AddCoachAsync(id, Profile(request), cancellationToken);
        return TypedResults.Created($"/api/cohorts/{id}/coaches", coach);
    }

    private static async Task<Created<FunderView>> AddFunderAsync(Guid id, FunderShareRequest request, CohortPlanner planner, CancellationToken cancellationToken)
    {
        var funder = await planner.AddFunderAsync(id, new FunderShare(request.Name ?? string.Empty, request.Email ?? string.Empty, request.Share), cancellationToken);
        return TypedResults.Created($"/api/cohorts/{id}", funder);
    }

    private static CoachProfile Profile(CoachProfileRequest c) =>
        new(c.Name ?? string.Empty, c.Email ?? string.Empty, c.Capacity, c.Expertise, c.AvailableDays) { WorkStart = c.WorkStart, WorkEnd = c.WorkEnd, OrganisationId = c.OrganisationId };

    private static async Task<Ok<CohortLaunch>> LaunchAsync(Guid id, CohortPlanner planner, CancellationToken cancellationToken) =>
        TypedResults.Ok(await planner.LaunchAsync(id, cancellationToken));

    private static async Task<Ok<CohortDetails>> GetAsync(Guid id, CohortReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.GetAsync(id, cancellationToken));

    private static async Task<Ok<CohortBoard>> BoardAsync(Guid id, CohortBoardReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ReadAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<CompanyView>>> CompaniesAsync(Guid id, CohortReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ListCompaniesAsync(id, cancellationToken));

    private static async Task<Ok<CohortCoachHours>> CoachesAsync(Guid id, CoachHoursReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ReadAsync(id, cancellationToken));

    /// <summary>A JSON <c>null</c> in a list is bad input, named by its index, not a crash.</summary>
    private static void RejectNullItems<T>(IReadOnlyList<T?>? items, string field, string what)
        where T : class
    {
        var problems = (items ?? []).Select((item, index) => (item, index)).Where(p => p.item is null)
            .Select(p => new KeyValuePair<string, string>($"{field}[{p.index}]", $"Give {what} here, not null."))
            .ToList();
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems);
        }
    }
}
