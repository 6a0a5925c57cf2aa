using System.Globalization;
using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Cohorts.Host.Tests.Support;
using CsvHelper;

namespace Cohorts.Host.Tests.Funder;

/// <summary>The CSV and Excel exports say what the progress endpoint says.</summary>
public sealed class ExportTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task CompaniesCsv_DemoFunder_ParsesToTheProgressEndpointsCompanies()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        var progress = await (await client.GetAsync($"/api/cohorts/{cohort.Id}/progress")).JsonAsync();

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/progress.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("les-batisseurs-companies-2026-03-16.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var rows = await ReadCsvAsync(response);
        var expected = progress.GetProperty("companies").EnumerateArray().ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Assert.Equal(expected[i].GetProperty("name").GetString(), row["Company"]);
            Assert.Equal(expected[i].GetProperty("town").GetString(), row["Town"]);
            Assert.Equal(expected[i].GetProperty("sector").GetString(), row["Sector"]);
            Assert.Equal(expected[i].GetProperty("status").GetString(), row["Status"]);
            Assert.Equal(expected[i].GetProperty("coach").GetString(), row["Coach"]);
            Assert.Equal(expected[i].GetProperty("sessionsPlanned").GetInt32(), int.Parse(row["SessionsPlanned"], CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].GetProperty("sessionsHeld").GetInt32(), int.Parse(row["SessionsHeld"], CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].GetProperty("sessionsLate").GetInt32(), int.Parse(row["SessionsLate"], CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].GetProperty("attendanceRate").GetDecimal(), decimal.Parse(row["AttendanceRate"], CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].GetProperty("milestonesPassed").GetInt32(), int.Parse(row["MilestonesPassed"], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task KpisCsv_Manager_ParsesToTheProgressEndpointsIndicators()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var progress = await (await client.GetAsync($"/api/cohorts/{cohort.Id}/progress")).JsonAsync();

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/progress.csv?table=kpis");

        Assert.Equal("les-batisseurs-kpis-2026-03-16.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var rows = await ReadCsvAsync(response);
        var expected = progress.GetProperty("kpis").EnumerateArray().ToList();
        Assert.Equal(expected.Select(k => k.GetProperty("kpi").GetString()), rows.Select(r => r["Kpi"]));
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(Text(expected[i].GetProperty("current")), rows[i]["Current"]);
            Assert.Equal(Text(expected[i].GetProperty("target")), rows[i]["Target"]);
            Assert.Equal(Text(expected[i].GetProperty("percent")), rows[i]["Percent"]);
            Assert.Equal(Text(expected[i].GetProperty("forecast")), rows[i]["Forecast"]);
            Assert.Equal(expected[i].GetProperty("status").GetString(), rows[i]["Status"]);
            Assert.Equal(Text(expected[i].GetProperty("onTrack")), rows[i]["OnTrack"]);
            Assert.Equal(expected[i].GetProperty("projectedReachOn").GetString() ?? string.Empty, rows[i]["ProjectedReachOn"]);
        }
    }

    [Fact]
    public async Task ProgressCsv_UnknownTable_Answers400NamingTable()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/progress.csv?table=budget");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "table");
    }

    [Fact]
    public async Task Workbook_DemoFunder_HasKpisAndCompaniesSheetsEqualToTheProgressEndpoint()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        var progress = await (await client.GetAsync($"/api/cohorts/{cohort.Id}/progress")).JsonAsync();

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/progress.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("les-batisseurs-2026-03-16.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var kpis = workbook.Worksheet("KPIs");
        var expectedKpis = progress.GetProperty("kpis").EnumerateArray().ToList();
        Assert.Equal("Indicator", kpis.Cell(1, 1).GetString());
        Assert.Equal(expectedKpis.Count + 1, kpis.LastRowUsed().RowNumber());
        for (var i = 0; i < expectedKpis.Count; i++)
        {
            var row = i + 2;
            AssertNumber(expectedKpis[i].GetProperty("current"), kpis.Cell(row, 2));
            AssertNumber(expectedKpis[i].GetProperty("target"), kpis.Cell(row, 3));
            AssertNumber(expectedKpis[i].GetProperty("percent"), kpis.Cell(row, 4));
            AssertNumber(expectedKpis[i].GetProperty("forecast"), kpis.Cell(row, 5));
        }

        Assert.Equal("Companies enrolled", kpis.Cell(2, 1).GetString());
        Assert.Equal("Met", kpis.Cell(2, 6).GetString());

        var companies = workbook.Worksheet("Companies");
        var expectedCompanies = progress.GetProperty("companies").EnumerateArray().ToList();
        Assert.Equal(expectedCompanies.Count + 1, companies.LastRowUsed().RowNumber());
        for (var i = 0; i < expectedCompanies.Count; i++)
        {
            var row = i + 2;
            Assert.Equal(expectedCompanies[i].GetProperty("name").GetString(), companies.Cell(row, 1).GetString());
            Assert.Equal(expectedCompanies[i].GetProperty("town").GetString(), companies.Cell(row, 2).GetString());
            Assert.Equal(expectedCompanies[i].GetProperty("coach").GetString(), companies.Cell(row, 5).GetString());
            Assert.Equal(expectedCompanies[i].GetProperty("sessionsHeld").GetInt32(), companies.Cell(row, 7).GetValue<int>());
            AssertNumber(expectedCompanies[i].GetProperty("attendanceRate"), companies.Cell(row, 9));
        }
    }

    [Fact]
    public async Task Workbook_InFrench_HasFrenchHeadersAndStatuses()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/progress.xlsx?culture=fr");

        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["Indicateurs", "Entreprises"], workbook.Worksheets.Select(w => w.Name).Take(2));
        Assert.Equal("Indicateur", workbook.Worksheet("Indicateurs").Cell(1, 1).GetString());
        Assert.Equal("Entreprises inscrites", workbook.Worksheet("Indicateurs").Cell(2, 1).GetString());
        Assert.Equal("Entreprise", workbook.Worksheet("Entreprises").Cell(1, 1).GetString());
        Assert.Equal("Accompagnée", workbook.Worksheet("Entreprises").Cell(2, 4).GetString());
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
    };

    private static void AssertNumber(JsonElement expected, IXLCell cell)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.True(cell.IsEmpty(), $"{cell.Address} should be empty.");
        }
        else
        {
            Assert.Equal(expected.GetDecimal(), cell.GetValue<decimal>());
        }
    }

    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(HttpResponseMessage response)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), detectEncodingFromByteOrderMarks: true);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture });
        csv.ReadHeader();
        var headers = csv.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(headers.ToDictionary(h => h, h => csv.GetString(h)));
        }

        return rows;
    }
}
