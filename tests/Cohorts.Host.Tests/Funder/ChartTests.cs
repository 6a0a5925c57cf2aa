using System.Net;
using Cohorts.Host.Reporting.Charts;
using Cohorts.Host.Tests.Support;
using ScottPlot;
using SkiaSharp;

namespace Cohorts.Host.Tests.Funder;

/// <summary>The server-side charts: real PNG images, drawn with the embedded font whatever the machine has installed.</summary>
public sealed class ChartTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData("kpis", "en")]
    [InlineData("kpis", "fr")]
    [InlineData("sessions", "en")]
    [InlineData("sessions", "fr")]
    public async Task Chart_DemoFunder_AnswersA800x400Png(string chart, string culture)
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/charts/{chart}.png?culture={culture}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(PngSignature, png[..8]);
        Assert.True(png.Length > 5_000, $"A chart with bars and text is more than {png.Length} bytes.");
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(800, bitmap.Width);
        Assert.Equal(400, bitmap.Height);
        Assert.True(DistinctColours(bitmap) > 20, "The chart draws bars, text and anti-aliased edges.");
    }

    [Fact]
    public async Task Chart_LabelsFollowTheLanguage_FrenchAndEnglishImagesDiffer()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        var english = await client.GetByteArrayAsync($"/api/cohorts/{cohort.Id}/charts/kpis.png?culture=en");
        var french = await client.GetByteArrayAsync($"/api/cohorts/{cohort.Id}/charts/kpis.png?culture=fr");

        Assert.NotEqual(english, french);
    }

    [Fact]
    public async Task Chart_UnknownName_Answers404NamingChart()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/charts/budget.png");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "chart");
    }

    [Fact]
    public void ChartFont_Registered_IsTheEmbeddedDejaVuSansAnsweredBeforeInstalledFonts()
    {
        ChartFonts.EnsureRegistered();

        Assert.IsType<EmbeddedFontResolver>(Fonts.FontResolvers[0]);
        var typeface = Fonts.GetTypeface(ChartFonts.Family, bold: false, italic: false);
        Assert.Same(ChartFonts.Typeface, typeface);
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.True(typeface.GlyphCount > 1000);
        using var font = new SKFont(typeface);
        Assert.All(font.GetGlyphs("Séances tenues — % de l’objectif"), glyph => Assert.NotEqual(0, glyph));
    }

    private static int DistinctColours(SKBitmap bitmap)
    {
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        return colours.Count;
    }
}
