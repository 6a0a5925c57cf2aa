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

        // A coach's sessions of one series share a title ("Coaching session 5" with each company): the company tells them apart.
        var companyIds = sessions.SelectMany(s => s.CompanyIds).Distinct().ToList();
        var names = await db.Companies.AsNoTracking()
            .Where(c => companyIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return
        [
            .. sessions.Select(s => new InboxItem(
                InboxKinds.OutcomeToRecord,
                Title(s.Title, s.PlannedAt, [.. s.CompanyIds.Select(id => names.GetValueOrDefault(id)).OfType<string>().Order(StringComparer.CurrentCulture)]),
                $"/coach/sessions/{s.Id}",
                s.PlannedAt,
                true)),
        ];
    }

    private string Title(string title, DateTimeOffset plannedAt, IReadOnlyList<string> companies) => companies switch
    {
        [] => text["Record the outcome of “{0}” ({1})", title, human.Date(plannedAt)],
        [var company] => text["Record the outcome of “{0}” with {1} ({2})", title, company, human.Date(plannedAt)],
        _ => text["Record the outcome of “{0}” with {1} ({2})", title, human.Count(companies.Count, DomainNoun.Company), human.Date(plannedAt)],
    };
}
