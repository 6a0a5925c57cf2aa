using System.Globalization;
using System.Resources;
using ScottPlot;
using SkiaSharp;

namespace Cohorts.Host.Reporting.Charts;

/// <summary>
/// The charts' font: DejaVu Sans, embedded in the assembly (Reporting/Fonts), registered with ScottPlot under its own
/// family name. ScottPlot otherwise asks SkiaSharp for an installed font, and the machine may have none (SkiaSharp's
/// NoDependencies build reads no fontconfig): the text would silently not be drawn.
/// </summary>
internal static class ChartFonts
{
    /// <summary>The family name charts ask for (no installed font has it, so only the embedded one answers).</summary>
    public const string Family = "Cohorts Chart Sans";

    private static readonly Lazy<SKTypeface> _typeface = new(Load);
    private static readonly Lazy<EmbeddedFontResolver> _resolver = new(Register);

    /// <summary>Gets the embedded typeface.</summary>
    public static SKTypeface Typeface => _typeface.Value;

    /// <summary>Registers the font with ScottPlot, once per process, before any chart is drawn.</summary>
    public static void EnsureRegistered() => _ = _resolver.Value;

    private static SKTypeface Load()
    {
        var files = new ResourceManager("Cohorts.Host.Reporting.Fonts.ChartFontFiles", typeof(ChartFonts).Assembly);
        var bytes = files.GetObject("DejaVuSans", CultureInfo.InvariantCulture) as byte[]
            ?? throw new InvalidOperationException("The charts' embedded font (Reporting/Fonts/DejaVuSans.ttf) is missing from the assembly.");
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("The charts' embedded font cannot be read.");
    }

    private static EmbeddedFontResolver Register()
    {
        var resolver = new EmbeddedFontResolver(Family, Typeface);

        // First, so the system resolver is never asked for this family.
        Fonts.FontResolvers.Insert(0, resolver);
        return resolver;
    }
}
