using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Cohorts.Host.Mail;

/// <summary>Builds an e-mail's HTML and plain-text bodies together, from paragraphs, facts and one or two links.</summary>
public sealed class MailBody
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();
    private readonly List<MailAttachment> _attachments = [];

    // Facts are written one a line in text; whatever follows them starts after a blank line.
    private bool _afterFacts;

    /// <summary>Adds a paragraph.</summary>
    public MailBody Paragraph(string text)
    {
        _html.Append("<p>").Append(Lines(text)).Append("</p>\n");
        EndFacts();
        _text.Append(text).Append("\n\n");
        return this;
    }

    /// <summary>Adds a labelled fact ("Date: 6 January 2025"); the label is written as given (French typography included).</summary>
    public MailBody Fact(string labelWithColon, string value)
    {
        _html.Append("<p><strong>").Append(Html.Encode(labelWithColon)).Append("</strong> ").Append(Lines(value)).Append("</p>\n");
        _text.Append(labelWithColon).Append(' ').Append(value).Append('\n');
        _afterFacts = true;
        return this;
    }

    /// <summary>Adds a link to follow, as a button in HTML and the bare address in text.</summary>
    public MailBody Link(string label, string url)
    {
        _html.Append("<p><a href=\"").Append(Html.Encode(url)).Append("\" style=\"display:inline-block;padding:8px 16px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px\">")
            .Append(Html.Encode(label)).Append("</a></p>\n");
        EndFacts();
        _text.Append(label).Append('\n').Append(url).Append("\n\n");
        return this;
    }

    /// <summary>Attaches a file.</summary>
    public MailBody Attach(MailAttachment attachment)
    {
        _attachments.Add(attachment);
        return this;
    }

    /// <summary>The finished message, signed by the programme team; its HTML in the current UI culture's language.</summary>
    public MailContent Build(string subject, string signature)
    {
        // The renderer composes each message under its recipient's culture (MailRenderer.Compose).
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var html = $"<!DOCTYPE html>\n<html lang=\"{Html.Encode(language)}\"><head><meta charset=\"utf-8\"><title>{Html.Encode(subject)}</title></head>\n<body style=\"font-family:sans-serif;line-height:1.5\">\n{_html}<p>{Html.Encode(signature)}</p>\n</body></html>\n";
        return new MailContent(subject, html, $"{_text.ToString().TrimEnd()}\n\n-- \n{signature}\n", [.. _attachments]);
    }

    private void EndFacts()
    {
        if (_afterFacts)
        {
            _text.Append('\n');
            _afterFacts = false;
        }
    }

    /// <summary>A text as HTML, its line breaks (a reason written on two lines) kept as &lt;br&gt;.</summary>
    private static string Lines(string text) =>
        string.Join("<br>", text.ReplaceLineEndings("\n").Split('\n').Select(Html.Encode));
}
