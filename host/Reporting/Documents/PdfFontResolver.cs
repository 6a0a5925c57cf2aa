using System.Globalization;
using System.Resources;
using PdfSharp.Fonts;

namespace Cohorts.Host.Reporting.Documents;

/// <summary>
/// Gives PDFsharp the embedded DejaVu Sans (Reporting/Fonts, the charts' font) for one family name, bold and italic
/// simulated: the machine may have no installed font, and the PDF embeds the glyphs it uses.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    /// <summary>The family name the PDF writer asks for.</summary>
    public const string Family = "Cohorts Report Sans";

    private const string Face = "DejaVuSans";
    private static readonly Lazy<byte[]> _bytes = new(Load);
    private static readonly Lock _gate = new();

    /// <summary>Installs the resolver as PDFsharp's, once per process, unless one is already installed.</summary>
    public static void EnsureInstalled()
    {
        lock (_gate)
        {
            GlobalFontSettings.FontResolver ??= new PdfFontResolver();
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo(Face, isBold, isItalic) : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faceName == Face ? _bytes.Value : null;

    private static byte[] Load()
    {
        var files = new ResourceManager("Cohorts.Host.Reporting.Fonts.ChartFontFiles", typeof(PdfFontResolver).Assembly);
        return files.GetObject(Face, CultureInfo.InvariantCulture) as byte[]
            ?? throw new InvalidOperationException("The embedded font (Reporting/Fonts/DejaVuSans.ttf) is missing from the assembly.");
    }
}
