namespace Cohorts.Workflows.Attachments;

/// <summary>The limits on attachments (docs/domain.md, "Attachments and links").</summary>
public static class AttachmentLimits
{
    /// <summary>The largest file taken, in bytes (10 MiB).</summary>
    public const long MaxFileBytes = 10L * 1024 * 1024;

    /// <summary>The most attachments one thing holds.</summary>
    public const int MaxPerOwner = 50;

    /// <summary>Gets the file types taken, by extension (lower case, with the dot), with the content type they are served with.</summary>
    public static IReadOnlyDictionary<string, string> ContentTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
    };

    /// <summary>Finds the content type of a file name's extension, or null when the type is not taken.</summary>
    public static string? ContentTypeOf(string fileName) =>
        ContentTypes.TryGetValue(Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant(), out var type) ? type : null;
}
