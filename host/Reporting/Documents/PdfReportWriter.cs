using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Cohorts.Host.Reporting.Documents;

/// <summary>
/// Lays a <see cref="ReportContent"/> out as an A4 PDF with the embedded font (<see cref="PdfFontResolver"/>): the
/// title, headings, wrapped paragraphs and ruled tables, onto as many pages as it takes. The document's title property
/// is the cohort's name.
/// </summary>
public static class PdfReportWriter
{
    /// <summary>The media type of a PDF.</summary>
    public const string ContentType = "application/pdf";

    /// <summary>Writes the document.</summary>
    public static byte[] Write(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        PdfFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = content.Title;
        document.Info.Creator = "Cohorts";
        using (var layout = new PdfLayout(document))
        {
            layout.Text(content.Title, layout.TitleFont, 6);
            layout.Text(content.Subtitle, layout.BodyFont, 10);
            foreach (var section in content.Sections)
            {
                layout.Space(8);
                layout.Text(section.Heading, layout.HeadingFont, 4);
                foreach (var paragraph in section.Paragraphs)
                {
                    layout.Text(paragraph, layout.BodyFont, 3);
                }

                if (section.Chart is { } chart)
                {
                    layout.Image(chart);
                }

                if (section.Table is { } table)
                {
                    layout.Table(table);
                }
            }

            layout.Space(10);
            layout.Text(content.Footer, layout.SmallFont, 0);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>A cursor down the pages: text wraps to the width, a new page starts when the next block does not fit.</summary>
    private sealed class PdfLayout : IDisposable
    {
        private const double Margin = 50;
        private const double CellPadding = 3;
        private readonly PdfDocument _document;
        private XGraphics? _graphics;
        private double _y;
        private double _width;
        private double _bottom;

        public PdfLayout(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        public XFont TitleFont { get; } = Font(20, XFontStyleEx.Bold);

        public XFont HeadingFont { get; } = Font(14, XFontStyleEx.Bold);

        public XFont BodyFont { get; } = Font(10, XFontStyleEx.Regular);

        public XFont BoldFont { get; } = Font(9, XFontStyleEx.Bold);

        public XFont CellFont { get; } = Font(9, XFontStyleEx.Regular);

        public XFont SmallFont { get; } = Font(8, XFontStyleEx.Regular);

        private XGraphics Graphics => _graphics!;

        public void Space(double points) => _y += points;

        public void Text(string text, XFont font, double after)
        {
            foreach (var line in Wrap(text, font, _width))
            {
                var height = font.GetHeight();
                Fit(height);
                Graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, _width, height), XStringFormats.TopLeft);
                _y += height;
            }

            _y += after;
        }

        public void Image(byte[] png)
        {
            using var stream = new MemoryStream(png);
            using var image = XImage.FromStream(stream);
            var width = Math.Min(_width, image.PointWidth);
            var height = image.PointHeight * width / image.PointWidth;
            Fit(height);
            Graphics.DrawImage(image, Margin, _y, width, height);
            _y += height + 6;
        }

        public void Table(ReportTable table)
        {
            var columns = table.Headers.Count;
            var width = _width / columns;
            Row(table.Headers, BoldFont, width, XBrushes.LightGray);
            foreach (var row in table.Rows)
            {
                Row(row, CellFont, width, null);
            }

            _y += 6;
        }

        public void Dispose() => _graphics?.Dispose();

        private static XFont Font(double size, XFontStyleEx style) => new(PdfFontResolver.Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));

        private void Row(IReadOnlyList<string> cells, XFont font, double width, XBrush? fill)
        {
            var lines = cells.Select(c => Wrap(c, font, width - (2 * CellPadding))).ToList();
            var lineHeight = font.GetHeight();
            var height = (lines.Max(l => l.Count) * lineHeight) + (2 * CellPadding);
            Fit(height);
            for (var i = 0; i < lines.Count; i++)
            {
                var box = new XRect(Margin + (i * width), _y, width, height);
                if (fill is not null)
                {
                    Graphics.DrawRectangle(fill, box);
                }

                Graphics.DrawRectangle(new XPen(XColors.Gray, 0.5), box);
                for (var j = 0; j < lines[i].Count; j++)
                {
                    Graphics.DrawString(lines[i][j], font, XBrushes.Black, new XRect(box.X + CellPadding, _y + CellPadding + (j * lineHeight), width, lineHeight), XStringFormats.TopLeft);
                }
            }

            _y += height;
        }

        private void Fit(double height)
        {
            if (_y + height > _bottom)
            {
                NewPage();
            }
        }

        private void NewPage()
        {
            _graphics?.Dispose();
            var page = _document.AddPage();
            page.Size = PageSize.A4;
            _graphics = XGraphics.FromPdfPage(page);
            _y = Margin;
            _width = page.Width.Point - (2 * Margin);
            _bottom = page.Height.Point - Margin;
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = string.Empty;
            foreach (var word in text.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && Graphics.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
            return lines;
        }
    }
}
