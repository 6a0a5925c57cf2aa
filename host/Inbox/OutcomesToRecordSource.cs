using Cohorts.Host.Access;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Inbox;

/// <summary>A coach's sessions past their date whose outcome is not recorded.</summary>
public sealed class OutcomesToRecordSource(UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, HumanText human, IStringLocalizer<InboxText> text) : IInboxSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        var coachIds = (await access.GetCoachRecordsAsync(cancellationToken)).Select(c => (Guid?)c.Id).ToList();
        if (coachIds.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => coachIds.Contains(s.CoachId) && s.PlannedAt < now && s.Outcome == null && s.CancelledAt == null)
            .Select(s => new { s.Id, s.Title, s.PlannedAt, s.CompanyIds })
            .ToListAsync(cancellationToken);

        var companies = await SessionCompanies.ReadAsync(db, sessions.Select(s => s.CompanyIds), human, cancellationToken);
        return
        [
            .. sessions.Select(s => new InboxItem(
                InboxKinds.OutcomeToRecord,
                Title(s.Title, s.PlannedAt, companies.With(s.CompanyIds)),
                $"/coach/sessions/{s.Id}",
                s.PlannedAt,
                true)),
        ];
    }

    private string Title(string title, DateTimeOffset plannedAt, string? with) => with is null
        ? text["Record the outcome of “{0}” ({1})", title, human.Date(plannedAt)]
        : text["Record the outcome of “{0}” with {1} ({2})", title, with, human.Date(plannedAt)];
}
