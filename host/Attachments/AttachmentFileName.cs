using System.Globalization;
using System.Text;
using Cohorts.Workflows.Attachments;

namespace Cohorts.Host.Attachments;

/// <summary>
/// The name a downloaded file is saved under: the attachment's name without path separators, quotes, control
/// characters or invisible format characters (a right-to-left override, U+202E, makes <c>report</c>, U+202E,
/// <c>fdp.exe</c> read "reportexe.pdf" in a downloads list; a zero-width space hides in a name), ending with the
/// stored file's extension (so a name cannot make a PDF save as <c>.exe</c>). ASP.NET Core writes it as RFC 6266's
/// <c>filename</c> (ASCII) and <c>filename*</c> (UTF-8).
/// </summary>
public static class AttachmentFileName
{
    /// <summary>The safe file name of a file attachment.</summary>
    public static string Of(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var extension = Path.GetExtension(attachment.StoragePath ?? string.Empty).ToLowerInvariant();
        var safe = new StringBuilder(attachment.Name.Length);
        foreach (var c in attachment.Name)
        {
            safe.Append(IsUnsafe(c) ? '_' : c);
        }

        var name = safe.ToString().Trim().Trim('.');
        if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^extension.Length];
        }

        return (name.Length == 0 ? "attachment" : name) + extension;
    }

    /// <summary>Whether a content type is one attachments are served with.</summary>
    public static bool IsServed(string? contentType) => contentType is not null && AttachmentLimits.ContentTypes.Values.Contains(contentType);

    /// <summary>Whether a character may not stand in a saved file's name.</summary>
    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || char.GetUnicodeCategory(c) == UnicodeCategory.Format
        || c is '/' or '\\' or '"' or ':' or '*' or '?' or '<' or '>' or '|';
}
