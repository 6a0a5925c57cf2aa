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
}
