using System.Globalization;
using System.Text;
using System.Xml;
using Cohorts.Host.Reporting;

namespace Cohorts.Host.Diagrams;

/// <summary>
/// Draws a diagram's nodes as a standalone SVG document: one box per activity, indented under its parent with a
/// connector, its name on the first line and its schedule in words on the second; an instance's activities are
/// coloured by where it stands (done, now, faulted) with a legend. Every text goes through an XML writer (escaped, and
/// characters XML cannot hold left out); the document has no script, no style element and no external reference, so it
/// is safe as an image or inline, under the site's Content-Security-Policy.
/// </summary>
public static class SvgDiagram
{
    /// <summary>The SVG media type.</summary>
    public const string ContentType = "image/svg+xml";

    private const int Width = 1080;
    private const int Margin = 12;
    private const int Indent = 24;
    private const int RowHeight = 54;
    private const int BoxHeight = 44;
    private const double CharWidth = 6.2;

    /// <summary>Writes the SVG of a diagram.</summary>
    /// <param name="title">The document's title (the definition's name and version, or the instance's owner).</param>
    /// <param name="root">The root activity's node.</param>
    /// <param name="words">The words of the states and the legend.</param>
    public static string Render(string title, DiagramNode root, DiagramWords words)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(words);
        var rows = new List<(DiagramNode Node, int Depth, int Parent)>();
        Flatten(root, 0, -1, rows);
        var hasStates = rows.Any(r => r.Node.State != DiagramState.None);
        var height = (Margin * 2) + (rows.Count * RowHeight) + (hasStates ? 28 : 0);

        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            Attribute(xml, "width", Width);
            Attribute(xml, "height", height);
            xml.WriteAttributeString("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {height}"));
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("font-family", "system-ui, -apple-system, 'Segoe UI', sans-serif");
            xml.WriteElementString("title", XmlSafe.Clean(title));
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Parent >= 0)
                {
                    Connector(xml, rows, rows[i].Parent, i);
                }
            }

            for (var i = 0; i < rows.Count; i++)
            {
                Row(xml, rows[i].Node, rows[i].Depth, i, words);
            }

            if (hasStates)
            {
                Legend(xml, height - Margin - 14, words);
            }

            xml.WriteEndElement();
        }

        return builder.ToString();
    }

    private static void Flatten(DiagramNode node, int depth, int parent, List<(DiagramNode, int, int)> rows)
    {
        var index = rows.Count;
        rows.Add((node, depth, parent));
        foreach (var child in node.Children)
        {
            Flatten(child, depth + 1, index, rows);
        }
    }

    private static void Connector(XmlWriter xml, List<(DiagramNode Node, int Depth, int Parent)> rows, int parent, int child)
    {
        var x = Margin + (rows[parent].Depth * Indent) + 10;
        var top = Margin + (parent * RowHeight) + BoxHeight;
        var middle = Margin + (child * RowHeight) + (BoxHeight / 2);
        xml.WriteStartElement("path");
        xml.WriteAttributeString("d", string.Create(CultureInfo.InvariantCulture, $"M{x} {top}V{middle}H{Margin + (rows[child].Depth * Indent)}"));
        xml.WriteAttributeString("fill", "none");
        xml.WriteAttributeString("stroke", "#9aa0a6");
        xml.WriteEndElement();
    }

    private static void Row(XmlWriter xml, DiagramNode node, int depth, int index, DiagramWords words)
    {
        var x = Margin + (depth * Indent);
        var y = Margin + (index * RowHeight);
        var width = Width - Margin - x;
        var (fill, stroke, strokeWidth) = Colours(node);
        var state = words.State(node.State);

        xml.WriteStartElement("g");
        xml.WriteAttributeString("data-activity", XmlSafe.Clean(node.ActivityId));
        xml.WriteAttributeString("data-state", node.State.ToString().ToLowerInvariant());
        xml.WriteElementString("title", XmlSafe.Clean(string.Join(" — ", new[] { node.Role, node.Label, node.Schedule, state }.Where(t => !string.IsNullOrEmpty(t)))));

        xml.WriteStartElement("rect");
        Attribute(xml, "x", x);
        Attribute(xml, "y", y);
        Attribute(xml, "width", width);
        Attribute(xml, "height", BoxHeight);
        Attribute(xml, "rx", 6);
        xml.WriteAttributeString("fill", fill);
        xml.WriteAttributeString("stroke", stroke);
        Attribute(xml, "stroke-width", strokeWidth);
        xml.WriteEndElement();

        // Line 1: the name on the left, the type and id (and an instance's state) on the right; line 2: the schedule.
        var technical = $"{node.TypeName} · {node.ActivityId}";
        var technicalWidth = Math.Min((int)((technical.Length + 2) * 5.6), width / 2);
        var stateWidth = state is null ? 0 : (int)((state.Length + 2) * CharWidth);
        Text(xml, x + 10, y + 18, 14, "#202124", "bold", Fit((node.Role is null ? string.Empty : node.Role + " ") + node.Label, width - 30 - stateWidth - technicalWidth, 7.6));
        Text(xml, x + width - 10, y + 18, 10, "#80868b", null, Fit(technical, width / 2, 5.6), anchor: "end");
        if (state is not null)
        {
            Text(xml, x + width - 14 - technicalWidth, y + 18, 12, stroke, "bold", state, anchor: "end");
        }

        if (node.Schedule is not null)
        {
            Text(xml, x + 10, y + 36, 12, "#3c4043", null, Fit(node.Schedule, width - 20, CharWidth));
        }

        xml.WriteEndElement();
    }

    private static void Legend(XmlWriter xml, int y, DiagramWords words)
    {
        var x = Margin;
        foreach (var state in new[] { DiagramState.Now, DiagramState.Done, DiagramState.Faulted })
        {
            var (fill, stroke, strokeWidth) = Colours(new DiagramNode(string.Empty, string.Empty, null, string.Empty, null, state, []));
            xml.WriteStartElement("rect");
            Attribute(xml, "x", x);
            Attribute(xml, "y", y);
            Attribute(xml, "width", 18);
            Attribute(xml, "height", 14);
            Attribute(xml, "rx", 3);
            xml.WriteAttributeString("fill", fill);
            xml.WriteAttributeString("stroke", stroke);
            Attribute(xml, "stroke-width", strokeWidth);
            xml.WriteEndElement();
            var label = words.Legend(state);
            Text(xml, x + 24, y + 12, 12, "#3c4043", null, label);
            x += 40 + (int)(label.Length * CharWidth);
        }
    }

    private static (string Fill, string Stroke, int StrokeWidth) Colours(DiagramNode node) => node.State switch
    {
        DiagramState.Done => ("#e6f4ea", "#1e8e3e", 1),
        DiagramState.Now => ("#fff4d6", "#b06000", 3),
        DiagramState.Faulted => ("#fce8e6", "#c5221f", 3),
        _ => (node.Children.Count > 0 ? "#f6f8fa" : "#ffffff", "#9aa0a6", 1),
    };

    private static void Text(XmlWriter xml, int x, int y, int size, string fill, string? weight, string text, string? anchor = null)
    {
        xml.WriteStartElement("text");
        Attribute(xml, "x", x);
        Attribute(xml, "y", y);
        Attribute(xml, "font-size", size);
        xml.WriteAttributeString("fill", fill);
        if (weight is not null)
        {
            xml.WriteAttributeString("font-weight", weight);
        }

        if (anchor is not null)
        {
            xml.WriteAttributeString("text-anchor", anchor);
        }

        xml.WriteString(XmlSafe.Clean(text));
        xml.WriteEndElement();
    }

    private static void Attribute(XmlWriter xml, string name, int value) =>
        xml.WriteAttributeString(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Cuts a text to the characters that fit a width (with an ellipsis); the row's title keeps it whole.</summary>
    private static string Fit(string text, int width, double charWidth)
    {
        var most = Math.Max(4, (int)(width / charWidth));
        return text.Length <= most ? text : string.Concat(text.AsSpan(0, most - 1), "…");
    }
}
