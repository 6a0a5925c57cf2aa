using Microsoft.Extensions.Options;

namespace Cohorts.Host.Web;

/// <summary>Absolute links to the site, from <see cref="PublicSiteOptions.PublicBaseUrl"/> (validated at start).</summary>
/// <param name="options">The site's public address.</param>
public sealed class PublicLinks(IOptions<PublicSiteOptions> options)
{
    /// <summary>Gets the site's address without a trailing slash (scheme, host, port, base path): <c>https://cohorts.example.org</c>.</summary>
    public string Site { get; } = options.Value.PublicBaseUrl!.TrimEnd('/');

    /// <summary>The absolute address of a path of the site (<c>/coach/week</c>).</summary>
    public string To(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return path[0] == '/' ? Site + path : throw new ArgumentException($"'{path}' is not a path from the site's root.", nameof(path));
    }
}
