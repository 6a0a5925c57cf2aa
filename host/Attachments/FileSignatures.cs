namespace Cohorts.Host.Attachments;

/// <summary>Checks a stored file's first bytes against the type its extension claims (a renamed executable is refused).</summary>
internal static class FileSignatures
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Whether the file at <paramref name="path"/> starts as <paramref name="contentType"/> files do (texts: no NUL byte in the first 8 KB).</summary>
    public static bool Match(string path, string contentType)
    {
        var head = new byte[8192];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var start = head.AsSpan(0, read);
        return contentType switch
        {
            "application/pdf" => start.StartsWith(Pdf),
            "image/png" => start.StartsWith(Png),
            "image/jpeg" => start.StartsWith(Jpeg),
            "text/plain" or "text/csv" => !start.Contains((byte)0),
            _ => start.StartsWith(Zip), // the Office Open XML and OpenDocument formats are zip packages
        };
    }
}
