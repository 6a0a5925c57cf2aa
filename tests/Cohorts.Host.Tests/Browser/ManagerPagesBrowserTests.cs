using System.Text.RegularExpressions;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>The pages a manager lives in, in a real browser, in English and in French.</summary>
public sealed class ManagerPagesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserTheory]
    [InlineData("en-GB", "My cohorts today", "without an outcome recorded", "Where it stands", "(?i)coaching session \\d+ of 12 on", "Step detail", "Page 2 of 4")]
    [InlineData("fr-FR", "Mes promotions aujourd’hui", "sans compte rendu", "Où en est le parcours", "(?i)séance de coaching \\d+ sur 12 le", "Détail des étapes", "Page 2 sur 4")]
    public async Task Manager_LandsOnTheirHome_OpensTheBoardInWords_SortsAndPagesIt(string locale, string home, string late, string column, string words, string detail, string secondPage)
    {
        var page = await browser.SignInAsync(TestAccounts.Manager, locale);

        Assert.EndsWith("/manage", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = home, Level = 1 })).ToBeVisibleAsync();
        var cohort = page.Locator("section.card").Filter(new() { HasText = FunderData.Batisseurs });
        await Assertions.Expect(cohort).ToContainTextAsync(late);

        await cohort.GetByRole(AriaRole.Link, new() { Name = FunderData.Batisseurs }).ClickAsync();
        var board = page.Locator("table.board");
        await Assertions.Expect(board.Locator("tbody tr")).ToHaveCountAsync(17);
        await Assertions.Expect(board.Locator(".where").First).ToBeVisibleAsync();
        Assert.Matches(words, string.Join("\n", await board.Locator(".where").AllInnerTextsAsync()));
        await Assertions.Expect(board.Locator("details.engine").First.Locator("ul")).Not.ToBeVisibleAsync();
        Assert.True(await board.Locator("details.engine summary", new() { HasText = detail }).CountAsync() > 0);

        // Sorted by name, descending, five a page: the second page starts where the first stopped.
        await BrowserFixture.OpenAsync(page, page.Url + "?sort=name&dir=desc&size=5");
        var first = await board.Locator("tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Equal(5, first.Count);
        Assert.Equal(first.OrderDescending(StringComparer.CurrentCultureIgnoreCase), first);
        await page.Locator("nav.pager a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator("nav.pager")).ToContainTextAsync(secondPage);
        var second = await board.Locator("tbody tr td:first-child").AllInnerTextsAsync();
        Assert.True(string.Compare(first[^1], second[0], StringComparison.CurrentCultureIgnoreCase) > 0);
        await Assertions.Expect(page.Locator("th[aria-sort=descending]")).ToHaveCountAsync(1);
        _ = column;
    }

    [BrowserTheory]
    [InlineData("en-GB", "Passed", "Record the decision", "is recorded")]
    [InlineData("fr-FR", "Validé", "Enregistrer la décision", "est enregistrée")]
    public async Task Manager_DecidesAMilestoneInThePage(string locale, string passed, string record, string recorded)
    {
        var cohort = await browser.Factory.CohortAsync();
        var milestoneId = await browser.Factory.AddMilestoneAsync(cohort.Id, ReviewerRole.Manager, browser.Clock.GetUtcNow().AddDays(3));
        var page = await browser.SignInAsync(TestAccounts.Manager, locale);

        await BrowserFixture.OpenAsync(page, $"/manage/cohorts/{cohort.Id}/milestones");
        var form = page.Locator($"#milestone-{milestoneId}");
        await form.GetByLabel(passed).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = record }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(recorded));
        await Assertions.Expect(page.Locator($"#milestone-{milestoneId}")).ToHaveCountAsync(0);
    }
}
