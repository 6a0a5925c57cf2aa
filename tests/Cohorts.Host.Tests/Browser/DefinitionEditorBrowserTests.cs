using Cohorts.Host.Tests.Support;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>The definition editor checks as it is typed, and the history compares versions, in a real browser, in English and in French.</summary>
public sealed class DefinitionEditorBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Editor = "/manage/programmes/boost-innovation/definitions/boost-innovation-company";

    [BrowserTheory]
    [InlineData("en-GB", "line", "No problem so far")]
    [InlineData("fr-FR", "ligne", "Aucun problème pour l’instant")]
    public async Task Editor_TypingAnError_ShowsItAtItsLineAndJumpsThere(string locale, string line, string valid)
    {
        var page = await browser.SignInAsync(TestAccounts.Manager, locale);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await BrowserFixture.OpenAsync(page, Editor);
        var area = page.Locator("#Document");
        var original = await area.InputValueAsync();
        var broken = original.Replace("\"every\": \"P1M\"", "\"every\": \"monthly\"", StringComparison.Ordinal);
        Assert.NotEqual(original, broken);
        var expectedLine = broken.Split('\n').Select((text, i) => (text, i)).First(l => l.text.Contains("\"monthly\"", StringComparison.Ordinal)).i + 1;

        await area.FillAsync(broken);

        var problem = page.Locator("#live-problems li").Filter(new() { HasText = ".every" });
        await Assertions.Expect(problem).ToContainTextAsync($"{line} {expectedLine}");
        await Assertions.Expect(page.Locator("#line-numbers span.error").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{expectedLine}$") })).ToHaveCountAsync(1);
        await problem.GetByRole(AriaRole.Button).ClickAsync();
        var selected = await area.EvaluateAsync<string>("a => a.value.substring(a.selectionStart, a.selectionEnd)");

        Assert.Contains("\"monthly\"", selected, StringComparison.Ordinal);

        await area.FillAsync(original);
        await Assertions.Expect(page.Locator("#live-status")).ToContainTextAsync(valid);
        await Assertions.Expect(page.Locator("#live-problems li")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#line-numbers span.error")).ToHaveCountAsync(0);
        Assert.True(await page.Locator("#definition-diagram").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The diagram did not load.");
        Assert.Empty(errors); // a script or style the Content-Security-Policy refused would show here
    }

    [BrowserTheory]
    [InlineData("en-GB", "History of", "lines added: 1")]
    [InlineData("fr-FR", "Historique de", "lignes ajoutées : 1")]
    public async Task History_AfterAPublish_ShowsThePublisherAndTheChangeInColours(string locale, string heading, string summary)
    {
        var page = await browser.SignInAsync(TestAccounts.Manager, locale);
        await BrowserFixture.OpenAsync(page, Editor);
        var area = page.Locator("#Document");
        var changed = $"Revised in {locale} after the first cohort.";
        var document = System.Text.Json.Nodes.JsonNode.Parse(await area.InputValueAsync())!;
        document["description"] = changed;
        await area.FillAsync(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        await page.Locator("button[formaction*='handler=Publish']").ClickAsync();
        await BrowserFixture.ArriveAsync(page, new System.Text.RegularExpressions.Regex("published="));

        await page.Locator("#history-link").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
        await Assertions.Expect(page.Locator("#versions tbody tr").First).ToContainTextAsync(TestAccounts.Manager);
        await Assertions.Expect(page.Locator("#diff-summary")).ToContainTextAsync(summary);
        var added = page.Locator("#diff tr.added").Filter(new() { HasText = changed });
        await Assertions.Expect(added).ToHaveCountAsync(1);
        Assert.Equal("rgb(230, 244, 234)", await added.EvaluateAsync<string>("row => getComputedStyle(row).backgroundColor"));
        Assert.Equal("rgb(252, 232, 230)", await page.Locator("#diff tr.removed").First.EvaluateAsync<string>("row => getComputedStyle(row).backgroundColor"));

        // Comparing a version with itself shows nothing added or removed.
        await page.Locator("#from").SelectOptionAsync("1");
        await page.Locator("#to").SelectOptionAsync("1");
        await page.Locator("form.compare button").ClickAsync();
        await Assertions.Expect(page.Locator("#diff tr.added, #diff tr.removed")).ToHaveCountAsync(0);
    }
}
