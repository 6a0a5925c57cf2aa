using Cohorts.Workflows.Services;
using Cohorts.Host.Access;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Audit;
using Cohorts.Host.Inbox;
using Cohorts.Host.Reporting.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api;

/// <summary>
/// What waits for the user (inbox), what the workflows told them (notifications, read per user), and who did what
/// (a cohort's history for its managers, the account events for administrators).
/// </summary>
internal static class InboxApi
{
    /// <summary>The administrators' role (the accounts feature adds it to <see cref="Identity.CohortsRoles"/>).</summary>
    public const string AdministratorRole = "administrator";

    public static void MapInboxApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var inbox = api.MapGroup(string.Empty).WithTags("Inbox");
        inbox.MapGet("/inbox", InboxAsync)
            .WithSummary("What waits for the user: outcomes to record, applications to screen, milestones to decide, late outcomes, incidents (each with its kind, title, link, due date and whether it is late).");
        inbox.MapGet("/notifications", NotificationsAsync)
            .WithSummary("What the workflows told the user, newest first, with whether they read it (unread=true: only the unread ones).");
        inbox.MapPost("/notifications/{id:guid}/read", ReadAsync)
            .WithSummary("Marks a notification read for the user (not for anyone else).")
            .Problems(StatusCodes.Status404NotFound);
        inbox.MapPost("/notifications/read-all", ReadAllAsync)
            .WithSummary("Marks every notification of the user read for them.");

        var history = api.MapGroup("/cohorts").WithTags("History").RequireAuthorization(CohortsPolicies.Manager);
        history.MapGet("/{id:guid}/history", HistoryAsync)
            .WithSummary("Who did what in a cohort, newest first, a page at a time (its programme's managers).")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        history.MapGet("/{id:guid}/history.csv", HistoryCsvAsync)
            .WithSummary("A page of the cohort's history as CSV (At, Actor, Action, Company, Text).")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        api.MapGet("/account-events", AccountEventsAsync)
            .WithTags("History")
            .RequireAuthorization(policy => policy.RequireRole(AdministratorRole))
            .WithSummary("Sign-ins and account changes, newest first, a page at a time (administrators).")
            .Problems(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<IReadOnlyList<InboxItem>>> InboxAsync(InboxReader inbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(await inbox.ItemsAsync(cancellationToken));

    private static async Task<Ok<IReadOnlyList<NotificationView>>> NotificationsAsync(bool? unread, NotificationCenter notifications, CancellationToken cancellationToken) =>
        TypedResults.Ok(await notifications.ListAsync(unread == true, cancellationToken));

    private static async Task<NoContent> ReadAsync(Guid id, NotificationCenter notifications, CancellationToken cancellationToken)
    {
        await notifications.MarkReadAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReadAllAsync(NotificationCenter notifications, CancellationToken cancellationToken)
    {
        await notifications.MarkAllReadAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<HistoryPage>> HistoryAsync(Guid id, int? page, int? pageSize, CohortHistory history, CancellationToken cancellationToken)
    {
        PageNumbers.Check(page, pageSize, Workflows.Audit.AuditTrail.MaxPageSize);
        return TypedResults.Ok(await history.CohortAsync(id, page ?? 1, pageSize ?? CohortHistory.DefaultPageSize, cancellationToken));
    }

    private static async Task<FileContentHttpResult> HistoryCsvAsync(Guid id, int? page, int? pageSize, CohortHistory history, TimeProvider clock, CancellationToken cancellationToken)
    {
        PageNumbers.Check(page, pageSize, Workflows.Audit.AuditTrail.MaxPageSize);
        var read = await history.CohortAsync(id, page ?? 1, pageSize ?? Workflows.Audit.AuditTrail.MaxPageSize, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.File(HistoryCsv.Write(read.Lines), "text/csv; charset=utf-8", ExportFileName.For(read.Title, "history", today, "csv"));
    }

    private static async Task<Ok<HistoryPage>> AccountEventsAsync(int? page, int? pageSize, CohortHistory history, CancellationToken cancellationToken)
    {
        PageNumbers.Check(page, pageSize, Workflows.Audit.AuditTrail.MaxPageSize);
        return TypedResults.Ok(await history.AccountEventsAsync(page ?? 1, pageSize ?? CohortHistory.DefaultPageSize, cancellationToken));
    }
}
