using Cohorts.Host.Tests.Events;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>
/// A manager opens a cohort's events, records an Innov Tour visit's attendance and sees it counted: in the list
/// (companies present against expected) and in the cohort's progress. In English and in French.
/// </summary>
public sealed class EventBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task Manager_RecordsAnInnovTourVisitsAttendance_InEnglish() => RecordVisitAsync("en-GB", new Words(
        "Company visit", "Past", "Filter", "Record the attendance", "Visitors counted", "Notes", "Outcome recorded", "Companies present: 2 of 3 expected.", "Visitors counted: 38 of 40 expected.", "2 of 3", "Recorded"));

    [BrowserFact]
    public Task Manager_RecordsAnInnovTourVisitsAttendance_InFrench() => RecordVisitAsync("fr-FR", new Words(
        "Visite d’entreprise", "Passés", "Filtrer", "Saisir les présences", "Visiteurs comptés", "Notes", "Compte rendu enregistré", "Entreprises présentes\u00a0: 2 sur 3 attendues.", "Visiteurs comptés\u00a0: 38 sur 40 attendus.", "2 sur 3", "Saisi"));

    private async Task RecordVisitAsync(string locale, Words words)
    {
        var title = $"Innov Tour ({locale}) : visite des Forges";
        var visit = await browser.Factory.PlanEventAsync(title: title, expectedVisitors: 40);
        var before = await ProgressAsync(visit.CohortId);
        var page = await browser.SignInAsync(TestAccounts.Manager, locale);

        // The cohort's events, the past visits.
        await BrowserFixture.OpenAsync(page, $"/manage/cohorts/{visit.CohortId}/events");
        await page.Locator("#kind").SelectOptionAsync(new SelectOptionValue { Label = words.Visit });
        await page.Locator("#when").SelectOptionAsync(new SelectOptionValue { Label = words.Past });
        await page.GetByRole(AriaRole.Button, new() { Name = words.Filter }).ClickAsync();
        var row = page.Locator("#events tbody tr").Filter(new() { HasText = title });
        await Assertions.Expect(row).ToHaveCountAsync(1);

        // Its attendance: two of the three companies came, 38 visitors.
        await row.GetByRole(AriaRole.Link, new() { Name = words.Record }).ClickAsync();
        var boxes = page.Locator("#event-form input[type=checkbox]");
        await Assertions.Expect(boxes).ToHaveCountAsync(3);
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        await page.GetByLabel(words.Visitors).FillAsync("38");
        await page.GetByLabel(words.Notes, new() { Exact = true }).FillAsync("Visite de l'atelier d'usinage ; échanges sur la maintenance prédictive.");
        await page.GetByRole(AriaRole.Button, new() { Name = words.Record }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(words.Recorded);
        await Assertions.Expect(page.Locator("#attendance-total")).ToHaveTextAsync(words.CompaniesPresent);
        await Assertions.Expect(page.Locator("#visitors-total")).ToHaveTextAsync(words.VisitorsCounted);

        // Counted: in the list, and in the cohort's progress.
        await BrowserFixture.OpenAsync(page, $"/manage/cohorts/{visit.CohortId}/events?kind=Visit&when=past");
        var recorded = page.Locator("#events tbody tr").Filter(new() { HasText = title });
        await Assertions.Expect(recorded.Locator("td.attendance")).ToHaveTextAsync(words.TwoOfThree);
        await Assertions.Expect(recorded).ToContainTextAsync(words.Saved);
        var after = await ProgressAsync(visit.CohortId);
        Assert.Equal(before.Totals.SessionsHeld + 1, after.Totals.SessionsHeld);
        Assert.Equal(before.Totals.Visitors + 38, after.Totals.Visitors);
    }

    /// <summary>The cohort's progress as the KPI pages and API compute it (the browser's host listens on Kestrel, so read here).</summary>
    private async Task<ProgressReport> ProgressAsync(Guid cohortId)
    {
        await using var db = await browser.Factory.DomainAsync();
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId);
        return ProgressCalculator.Compute(new ProgressSnapshot(
            cohort,
            await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cohort.ProgrammeId),
            await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).ToListAsync(),
            await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToListAsync(),
            await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId).ToListAsync(),
            browser.Clock.GetUtcNow()));
    }

    private sealed record Words(string Visit, string Past, string Filter, string Record, string Visitors, string Notes, string Recorded, string CompaniesPresent, string VisitorsCounted, string TwoOfThree, string Saved);
}
