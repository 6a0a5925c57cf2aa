using System.Net;
using System.Runtime.CompilerServices;

namespace Cohorts.Host.Tests.Limits;

/// <summary>
/// Reads a site's pages as a person clicking through them would: breadth first from the start pages, each page once,
/// following the site's links (<see cref="PageFormReader.Links"/>) and the redirects that stay on the site.
/// </summary>
public static class PageCrawl
{
    /// <summary>Each HTML page read, with its path, up to <paramref name="most"/> pages.</summary>
    /// <param name="client">The client to read with, asked at each page (a sweep may sign in again midway).</param>
    /// <param name="start">The first pages.</param>
    /// <param name="most">How many HTML pages at most.</param>
    /// <param name="follows">Whether a redirect to that local path is followed.</param>
    /// <param name="failed">Told of each page answered with a 5xx.</param>
    /// <param name="cancellationToken">Stops the crawl.</param>
    public static async IAsyncEnumerable<(string Path, string Html)> PagesAsync(
        Func<HttpClient> client,
        IEnumerable<string> start,
        int most,
        Func<string, bool> follows,
        Action<string>? failed = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(start);
        var pages = 0;
        while (pages < most && queue.TryDequeue(out var path))
        {
            if (!seen.Add(path))
            {
                continue;
            }

            using var response = await client().GetAsync(path, cancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                failed?.Invoke($"GET {path}: {(int)response.StatusCode}");
                continue;
            }

            if (response.Headers.Location is { } moved && moved.OriginalString.StartsWith('/') && follows(moved.OriginalString))
            {
                queue.Enqueue(moved.OriginalString);
                continue;
            }

            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            pages++;
            var html = await response.Content.ReadAsStringAsync(cancellationToken);
            foreach (var link in PageFormReader.Links(html))
            {
                queue.Enqueue(link);
            }

            yield return (path, html);
        }
    }
}
