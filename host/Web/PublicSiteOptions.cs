namespace Cohorts.Host.Web;

/// <summary>
/// Where people reach the site (<c>Cohorts:PublicBaseUrl</c>): every absolute link the host builds (the calendar
/// subscription address, the event links in a calendar) starts with it, never with the request's Host header, which
/// the client chooses.
/// </summary>
public sealed class PublicSiteOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cohorts";

    /// <summary>Gets or sets the site's public address: absolute http or https, with a base path if it has one (<c>https://cohorts.example.org</c>).</summary>
    public string? PublicBaseUrl { get; set; }
}
