namespace Cohorts.Host.Web;

/// <summary>Where a form may send the reader back to (<c>returnUrl</c>): only a path of this site, never another site.</summary>
internal static class LocalUrls
{
    /// <summary>
    /// Whether <paramref name="url"/> is a path of this site: starts with one <c>/</c>, not <c>//</c> or <c>/\</c>
    /// (another host to a browser), and has only visible ASCII characters: no whitespace or control character, which
    /// browsers strip or <c>LocalRedirect</c> refuses (a tab in <c>/\t/evil.test</c> would make it <c>//evil.test</c>),
    /// and nothing a Location header cannot carry (the pages send their paths escaped).
    /// </summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && url.All(c => c is > ' ' and < '\x7f');

    /// <summary>The url if <see cref="IsLocal"/>, otherwise the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
