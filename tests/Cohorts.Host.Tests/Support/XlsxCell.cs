namespace Cohorts.Host.Tests.Support;

/// <summary>A worksheet cell as the file stores it (read by <see cref="XlsxCells"/>).</summary>
/// <param name="Reference">Its address, such as <c>A2</c>.</param>
/// <param name="Text">Its text, or its value as written for a number.</param>
/// <param name="IsText">Whether it is a text cell (a shared or inline string).</param>
/// <param name="IsFormula">Whether it holds a formula.</param>
/// <param name="QuotePrefix">Whether its cell format has Excel's quote prefix (kept as text when edited).</param>
/// <param name="Bold">Whether its cell format's font is bold.</param>
public sealed record XlsxCell(string Reference, string Text, bool IsText, bool IsFormula, bool QuotePrefix, bool Bold)
{
    /// <summary>Gets its row number.</summary>
    public int Row => int.Parse(Reference.TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), System.Globalization.CultureInfo.InvariantCulture);
}
