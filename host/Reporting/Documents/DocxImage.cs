using System.Buffers.Binary;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Cohorts.Host.Reporting.Documents;

/// <summary>A PNG image as a Word paragraph: the image part added to the document and an inline drawing at most 16 cm wide.</summary>
internal static class DocxImage
{
    private const long EmuPerPixel = 9525;
    private const long MaxWidth = 5760000;

    /// <summary>Adds the image to the document's main part and returns the paragraph that shows it.</summary>
    /// <param name="main">The document's main part.</param>
    /// <param name="png">The PNG image.</param>
    /// <param name="id">A number unique in the document.</param>
    /// <param name="name">The image's name (its alternative text).</param>
    public static Paragraph Paragraph(MainDocumentPart main, byte[] png, uint id, string name)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        var relationship = main.GetIdOfPart(part);

        // A PNG's width and height are the IHDR chunk's first two big-endian integers, at bytes 16 and 20.
        long width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)) * EmuPerPixel;
        long height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)) * EmuPerPixel;
        if (width > MaxWidth)
        {
            height = height * MaxWidth / width;
            width = MaxWidth;
        }

        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = name }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Paragraph(new Run(new Drawing(inline)));
    }
}
