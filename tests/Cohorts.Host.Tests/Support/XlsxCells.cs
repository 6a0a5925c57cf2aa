using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cohorts.Host.Tests.Support;

/// <summary>
/// Reads a worksheet's cells with DocumentFormat.OpenXml, as the file stores them (not as ClosedXML, which wrote them,
/// reads them back): each cell's text, type, formula and its cell format's quote prefix and bold font.
/// </summary>
public static class XlsxCells
{
    /// <summary>The cells of the worksheet named <paramref name="sheet"/>.</summary>
    public static IReadOnlyList<XlsxCell> Read(byte[] workbook, string sheet)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var id = part.Workbook.Descendants<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var formats = part.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var fonts = part.WorkbookStylesPart?.Stylesheet.Fonts?.Elements<Font>().ToList() ?? [];
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return [.. ((WorksheetPart)part.GetPartById(id)).Worksheet.Descendants<Cell>().Select(cell => Of(cell, formats, fonts, strings))];
    }

    private static XlsxCell Of(Cell cell, List<CellFormat> formats, List<Font> fonts, List<string> strings)
    {
        var type = cell.DataType?.Value;
        var text = type == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : type == CellValues.InlineString ? cell.InlineString!.InnerText
            : cell.CellValue?.Text ?? string.Empty;
        var format = cell.StyleIndex is { } index && index.Value < formats.Count ? formats[(int)index.Value] : null;
        var font = format?.FontId is { } fontId && fontId.Value < fonts.Count ? fonts[(int)fontId.Value] : null;
        return new XlsxCell(
            cell.CellReference!.Value!,
            text,
            type == CellValues.SharedString || type == CellValues.InlineString || type == CellValues.String,
            cell.CellFormula is not null,
            format?.QuotePrefix?.Value == true,
            font?.Bold is { } bold && (bold.Val is null || bold.Val.Value));
    }
}
