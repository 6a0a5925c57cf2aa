using ClosedXML.Excel;
using Cohorts.Host.Reporting.Exports;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Reporting;

/// <summary>Texts in a workbook: kept exactly, and those that Excel would turn into a formula when edited get the quote prefix.</summary>
public sealed class XlsxTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Acme\")")]
    [InlineData("+1+cmd")]
    [InlineData("@SUM(A1)")]
    [InlineData("-food")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void Set_TextStartingLikeAFormula_ExactTextWithTheQuotePrefix(string text)
    {
        var cell = Assert.Single(Write(sheet => XlsxText.Set(sheet.Cell(1, 1), text)));

        // ClosedXML 0.95 writes a carriage return as is, and XML readers (Excel's included) read it as a line feed.
        Assert.Equal((text.Replace('\r', '\n'), true, false, true), (cell.Text, cell.IsText, cell.IsFormula, cell.QuotePrefix));
    }

    [Theory]
    [InlineData("Acme")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Set_PlainText_NoQuotePrefix(string text)
    {
        var cells = Write(sheet => XlsxText.Set(sheet.Cell(1, 1), text));

        Assert.All(cells, cell => Assert.False(cell.QuotePrefix));
        Assert.All(cells, cell => Assert.Equal(text, cell.Text));
    }

    [Fact]
    public void Set_BoldHeaderStartingLikeAFormula_KeepsTheBoldAndAddsThePrefix()
    {
        var cells = Write(sheet =>
        {
            XlsxText.Set(sheet.Cell(1, 1), "-Header");
            XlsxText.Set(sheet.Cell(1, 2), "Header");
            sheet.Row(1).Style.Font.Bold = true;
            sheet.Cell(2, 1).Value = -5;
            sheet.Cell(2, 1).Style.NumberFormat.Format = "0.##";
        });

        Assert.Equal((true, true), (cells.Single(c => c.Reference == "A1").Bold, cells.Single(c => c.Reference == "A1").QuotePrefix));
        Assert.Equal((true, false), (cells.Single(c => c.Reference == "B1").Bold, cells.Single(c => c.Reference == "B1").QuotePrefix));
        var number = cells.Single(c => c.Reference == "A2");
        Assert.Equal(("-5", false, false), (number.Text, number.IsText, number.QuotePrefix));
    }

    private static IReadOnlyList<XlsxCell> Write(Action<IXLWorksheet> write)
    {
        using var workbook = new XLWorkbook();
        write(workbook.Worksheets.Add("Sheet"));
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return XlsxCells.Read(buffer.ToArray(), "Sheet");
    }
}
