using ClosedXML.Excel;

namespace Cohorts.Host.Reporting.Exports;

/// <summary>
/// How the host writes a text in a cell of every Excel workbook: a text cell, never a formula, and one that starts like
/// a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return: the characters the CSV files escape,
/// <see cref="CsvFiles"/>, OWASP's) also gets Excel's quote prefix. Excel does not run a text cell when it opens the
/// file, but a person who edits it (F2, Enter) would turn <c>=HYPERLINK(…)</c> into a live formula; with the prefix (the
/// cell format's <c>quotePrefix</c>, what typing a leading <c>'</c> does) the cell shows the text exactly and stays text
/// when edited. ClosedXML merges the prefix with the cell's other style (a bold header, a number format) into one cell
/// format. Numbers and dates are not text, so <c>-5</c> written as a number stays a number.
/// </summary>
internal static class XlsxText
{
    private static readonly string FormulaStarts = CsvFiles.Options.InjectionCharacters;

    /// <summary>Writes <paramref name="text"/> in <paramref name="cell"/>, with the quote prefix when it starts like a formula.</summary>
    public static void Set(IXLCell cell, string text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(text);
        cell.Value = text;

        // ClosedXML 0.95 reads a text that looks like a number, a date or a boolean as one (a number cannot be a
        // formula), and takes a leading ' as the quote prefix itself; only what stays text is checked.
        if (cell.DataType == XLDataType.Text && StartsLikeAFormula(cell.GetString()))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    /// <summary>Whether a spreadsheet would take <paramref name="text"/> as a formula once typed in.</summary>
    public static bool StartsLikeAFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && FormulaStarts.Contains(text[0], StringComparison.Ordinal);
    }
}
