using System.Net;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Funder;

/// <summary>
/// The progress workbook writes what people typed exactly, as text: a text that Excel would turn into a live formula
/// when someone edits the cell gets the quote prefix, other texts and the numbers do not.
/// </summary>
public sealed class ProgressXlsxTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string Name = "=HYPERLINK(\"http://evil.example\",\"Acme\")";

    [Fact]
    public async Task Workbook_CompanyTextsStartingLikeFormulas_ExactTextsWithTheQuotePrefix()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var created = await manager.PostJsonAsync("/api/cohorts", Cohort(), HttpStatusCode.Created);

        using var response = await manager.GetAsync($"/api/cohorts/{created.GetProperty("cohortId").GetGuid()}/progress.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = XlsxCells.Read(await response.Content.ReadAsByteArrayAsync(), "Companies");
        var row = Row(cells, Name);
        Assert.Equal([Name, "+1+cmd", "-food"], row.Take(3).Select(c => c.Text));
        Assert.All(row.Take(3), c => Assert.True(c.IsText && c.QuotePrefix && !c.IsFormula, $"{c.Reference} [{c.Text}] should be quote-prefixed text."));
        var plain = Row(cells, "Brasserie Nouvelle");
        Assert.All(plain.Take(3), c => Assert.False(c.QuotePrefix, $"{c.Reference} [{c.Text}] should have no quote prefix."));
        Assert.All(row.Concat(plain).Where(c => !c.IsText), c => Assert.False(c.QuotePrefix, $"{c.Reference} should be a plain number."));
        Assert.Contains(row, c => !c.IsText && c.Text == "0");
        Assert.All(cells.Where(c => c.Row == 1), c => Assert.True(c.Bold && !c.QuotePrefix));
    }

    private static List<XlsxCell> Row(IReadOnlyList<XlsxCell> cells, string name)
    {
        var row = cells.Single(c => c.Reference.StartsWith('A') && c.Text == name).Row;
        return [.. cells.Where(c => c.Row == row)];
    }

    private static object Cohort() => new
    {
        programmeId = "boost-innovation",
        name = "Formulas",
        startDate = "2026-09-01",
        companies = new[]
        {
            new { name = Name, sector = "-food", headcount = 4, location = "+1+cmd", contactEmail = "contact@acme.example", needs = new[] { "marketing" } },
            new { name = "Brasserie Nouvelle", sector = "food", headcount = 9, location = "Vanves", contactEmail = "contact@brasserie.example", needs = new[] { "export" } },
        },
        coaches = new[] { new { name = "Anne Petit", email = "anne.formulas@example.fr", capacity = 5, expertise = new[] { "marketing" } } },
        launch = true,
    };
}
