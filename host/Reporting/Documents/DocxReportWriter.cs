using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Cohorts.Host.Reporting.Documents;

/// <summary>
/// Lays a <see cref="ReportContent"/> out as a Word document an organiser can edit: the Title, Heading 1 and Heading 2
/// styles (so Word's navigation pane and table of contents see them), plain paragraphs, the charts as inline images and
/// bordered tables.
/// </summary>
public static class DocxReportWriter
{
    /// <summary>The media type of a Word document.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Writes the document.</summary>
    public static byte[] Write(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = XmlSafe.Clean(content.Title);
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            var body = new Body();
            uint images = 0;
            body.Append(Paragraph(content.Title, "Title"));
            body.Append(Paragraph(content.Subtitle, null));
            foreach (var section in content.Sections)
            {
                body.Append(Paragraph(section.Heading, "Heading1"));
                foreach (var paragraph in section.Paragraphs)
                {
                    body.Append(Paragraph(paragraph, null));
                }

                if (section.Chart is { } chart)
                {
                    body.Append(DocxImage.Paragraph(main, chart, ++images, section.Heading));
                }

                if (section.Table is { } table)
                {
                    body.Append(Table(table));
                    body.Append(Paragraph(string.Empty, null));
                }
            }

            body.Append(Paragraph(content.Footer, null));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(XmlSafe.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(ReportTable table)
    {
        var result = new Table();
        result.Append(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));

        // Word requires the grid: equal columns across the text width (9,000 twentieths of a point, 15.9 cm).
        var grid = new TableGrid();
        foreach (var _ in table.Headers)
        {
            grid.Append(new GridColumn { Width = (9000 / table.Headers.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        result.Append(grid);
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var title in table.Headers)
        {
            header.Append(Cell(title, bold: true));
        }

        result.Append(header);
        foreach (var row in table.Rows)
        {
            var line = new TableRow();
            foreach (var cell in row)
            {
                line.Append(Cell(cell, bold: false));
            }

            result.Append(line);
        }

        return result;
    }

    private static TableCell Cell(string text, bool bold)
    {
        var run = new Run(new Text(XmlSafe.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new TableCell(new Paragraph(run));
    }

    private static Styles Styles() => new(
        new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
            new FontSize { Val = "22" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading("Title", "Title", 0, "48"),
        Heading("Heading1", "heading 1", 0, "32"),
        Heading("Heading2", "heading 2", 1, "26"));

    private static Style Heading(string id, string name, int level, string size) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level }),
        new StyleRunProperties(new Bold(), new FontSize { Val = size }))
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
    };
}
