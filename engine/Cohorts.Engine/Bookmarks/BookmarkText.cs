using System.Globalization;

namespace Cohorts.Engine.Bookmarks;

/// <summary>Describes bookmarks in log lines and messages.</summary>
public static class BookmarkText
{
    /// <summary>Describes a bookmark: <c>signal 'session-recorded' [session-42]</c> or <c>timer due 2025-02-06T09:00:00Z</c>.</summary>
    public static string Describe(Bookmark bookmark)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        return bookmark.Kind == BookmarkKind.Timer
            ? $"timer due {bookmark.DueAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}"
            : $"signal '{bookmark.Name}' [{bookmark.CorrelationKey}]";
    }

    /// <summary>Reads the due time back from a timer's description (<see cref="Describe"/>), as a log line holds it.</summary>
    public static bool TryReadTimer(string? text, out DateTimeOffset dueAt)
    {
        const string Prefix = "timer due ";
        dueAt = default;
        return text is not null
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && DateTimeOffset.TryParseExact(text[Prefix.Length..], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out dueAt);
    }

    /// <summary>Reads the signal's name back from a signal's description (<see cref="Describe"/>).</summary>
    public static bool TryReadSignal(string? text, out string name)
    {
        const string Prefix = "signal '";
        name = string.Empty;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var end = text.IndexOf("' [", Prefix.Length, StringComparison.Ordinal);
        if (end < 0 || !text.EndsWith(']'))
        {
            return false;
        }

        name = text[Prefix.Length..end];
        return true;
    }
}
