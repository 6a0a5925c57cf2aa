using ScottPlot;
using SkiaSharp;

namespace Cohorts.Host.Reporting.Charts;

/// <summary>Answers ScottPlot's requests for one family name with a typeface loaded from memory (any weight and slant).</summary>
/// <param name="family">The family name it answers.</param>
/// <param name="typeface">The typeface.</param>
internal sealed class EmbeddedFontResolver(string family, SKTypeface typeface) : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) => Matches(fontName) ? typeface : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Matches(fontName) ? typeface : null;

    private bool Matches(string fontName) => string.Equals(fontName, family, StringComparison.OrdinalIgnoreCase);
}
