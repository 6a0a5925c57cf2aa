namespace Cohorts.Engine.Bookmarks;

/// <summary>How a bookmark is resumed.</summary>
public enum BookmarkKind
{
    /// <summary>Resumed by a named signal carrying a correlation key (a person's action, an external event).</summary>
    Signal,

    /// <summary>Resumed when its due instant has passed.</summary>
    Timer,
}
