using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Inbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Inbox;

/// <summary>
/// What the workflows told the signed-in user (the Notifications table), read or unread for them: the notifications
/// addressed to their e-mail address, and, for a manager, those addressed to "programme manager" in the cohorts of
/// the programmes they manage (each manager reads them for themselves: NotificationReads is per user). Said in the
/// reader's language from the notification's kind and session, not from the stored English subject.
/// </summary>
public sealed class NotificationCenter(UserAccess access, IDbContextFactory<CohortsDbContext> domain, NotificationMarks marks, HumanText human, IStringLocalizer<InboxText> text)
{
    /// <summary>The recipient of notifications meant for the managers of the cohort's programme.</summary>
    public const string ProgrammeManager = "programme manager";

    /// <summary>The most notifications listed (the newest).</summary>
    public const int MaxListed = 200;

    private int? _unread;

    /// <summary>Lists the user's notifications, newest first (only the unread ones with <paramref name="unreadOnly"/>).</summary>
    public async Task<IReadOnlyList<NotificationView>> ListAsync(bool unreadOnly = false, CancellationToken cancellationToken = default)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var userId = access.UserId;
        var rows = await (await VisibleAsync(db, cancellationToken))
            .Select(n => new { Notification = n, Read = db.NotificationReads.Any(r => r.NotificationId == n.Id && r.UserId == userId) })
            .Where(x => !unreadOnly || !x.Read)
            .OrderByDescending(x => x.Notification.CreatedAt)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        var sessionIds = rows.Select(r => r.Notification.SessionId).OfType<Guid>().Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var cohortIds = rows.Select(r => r.Notification.CohortId).Distinct().ToList();
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var companies = await SessionCompanies.ReadAsync(db, sessions.Values.Select(s => s.CompanyIds), human, cancellationToken);
        return [.. rows.Select(r => View(r.Notification, r.Read, r.Notification.SessionId is { } id ? sessions.GetValueOrDefault(id) : null, cohorts.GetValueOrDefault(r.Notification.CohortId), companies))];
    }

    /// <summary>
    /// Counts the user's unread notifications that still ask something: an outcome reminder or escalation whose session
    /// was recorded, cancelled or moved since no longer counts (the list still shows it, saying so).
    /// </summary>
    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        if (_unread is null)
        {
            await using var db = await domain.CreateDbContextAsync(cancellationToken);
            var userId = access.UserId;
            _unread = await (await VisibleAsync(db, cancellationToken))
                .Where(n => !db.NotificationReads.Any(r => r.NotificationId == n.Id && r.UserId == userId))
                .CountAsync(
                    n => !((n.Kind == NotificationKind.OutcomeReminder || n.Kind == NotificationKind.OutcomeEscalation)
                        && db.Sessions.Any(s => s.Id == n.SessionId && (s.Outcome != null || s.CancelledAt != null || s.PlannedAt > n.CreatedAt))),
                    cancellationToken);
        }

        return _unread.Value;
    }

    /// <summary>Marks one notification read for the user.</summary>
    /// <exception cref="DomainRuleException">The user has no such notification (404).</exception>
    public async Task MarkReadAsync(Guid notificationId, CancellationToken cancellationToken = default)
    {
        bool visible;
        await using (var db = await domain.CreateDbContextAsync(cancellationToken))
        {
            visible = await (await VisibleAsync(db, cancellationToken)).AnyAsync(n => n.Id == notificationId, cancellationToken);
        }

        if (!visible)
        {
            throw DomainRuleException.NotFound("id", "notification", notificationId);
        }

        await marks.MarkReadAsync(access.UserId, [notificationId], cancellationToken);
        _unread = null;
    }

    /// <summary>Marks every notification of the user read for them.</summary>
    /// <returns>How many were unread.</returns>
    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> ids;
        await using (var db = await domain.CreateDbContextAsync(cancellationToken))
        {
            var userId = access.UserId;
            ids = await (await VisibleAsync(db, cancellationToken))
                .Where(n => !db.NotificationReads.Any(r => r.NotificationId == n.Id && r.UserId == userId))
                .Select(n => n.Id)
                .ToListAsync(cancellationToken);
        }

        _unread = null;
        return await marks.MarkReadAsync(access.UserId, ids, cancellationToken);
    }

    private async Task<IQueryable<Notification>> VisibleAsync(CohortsDbContext db, CancellationToken cancellationToken)
    {
        var email = access.Email;
        var managed = (await ManagedCohorts.ReadAsync(access, db, cancellationToken)).Keys.ToList();
        return db.Notifications.AsNoTracking().Where(n =>
            (email != string.Empty && EF.Functions.Collate(n.Recipient, "NOCASE") == email)
            || (n.Recipient == ProgrammeManager && managed.Contains(n.CohortId)));
    }

    private NotificationView View(Notification notification, bool read, Session? session, string? cohort, SessionCompanies companies)
    {
        var title = session?.Title ?? string.Empty;
        var date = session is null ? string.Empty : human.Date(session.PlannedAt);
        var with = session is null ? null : companies.With(session.CompanyIds);
        var said = (notification.Kind, with) switch
        {
            // A reminder stays in the list once its session is settled: it says so rather than "still not recorded".
            (NotificationKind.OutcomeReminder or NotificationKind.OutcomeEscalation, _) when session is { Outcome: not null } =>
                text["The outcome of “{0}” ({1}) has since been recorded.", title, date],
            (NotificationKind.OutcomeReminder or NotificationKind.OutcomeEscalation, _) when session is { IsCancelled: true } =>
                text["“{0}” ({1}) has since been cancelled.", title, date],
            // Moved since the reminder was written: its outcome is not owed yet.
            (NotificationKind.OutcomeReminder or NotificationKind.OutcomeEscalation, _) when session is { IsCancelled: false } && session.PlannedAt > notification.CreatedAt =>
                text["New date for “{0}”: {1}.", title, date],
            (NotificationKind.OutcomeReminder, null) => text["Please record the outcome of “{0}” ({1}).", title, date],
            (NotificationKind.OutcomeReminder, _) => text["Please record the outcome of “{0}” with {1} ({2}).", title, with, date],
            (NotificationKind.OutcomeEscalation, null) => text["The outcome of “{0}” ({1}, {2}) is still not recorded.", title, date, cohort ?? string.Empty],
            (NotificationKind.OutcomeEscalation, _) => text["The outcome of “{0}” with {1} ({2}, {3}) is still not recorded.", title, with, date, cohort ?? string.Empty],
            _ => text[notification.Subject],
        };
        var link = notification.Kind == NotificationKind.OutcomeReminder && session is not null && access.IsCoach
            ? $"/coach/sessions/{session.Id}"
            : $"/manage/cohorts/{notification.CohortId}";
        return new NotificationView(notification.Id, said, link, notification.CreatedAt, read);
    }
}
