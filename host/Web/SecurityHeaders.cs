namespace Cohorts.Host.Web;

/// <summary>
/// The headers every answer carries, pages and API alike: a content security policy that allows only the site's own
/// scripts, styles, images and fonts (no inline script or style: the pages have none), no framing, no MIME sniffing,
/// the referrer kept within the site. Set when the answer starts, so that error answers (whose headers the exception
/// handler clears) carry them too.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy of the pages and the API.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    /// <summary>
    /// The policy of the API reference (<c>/api-reference</c>): Scalar's page starts with an inline script and styles
    /// itself inline, so it alone allows inline scripts and styles; still nothing from other sites.
    /// </summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; font-src 'self' data:; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    /// <summary>The path of the API reference page.</summary>
    public const string ApiReferencePath = "/api-reference";

    /// <summary>Adds the headers to every answer.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var reference = context.Request.Path.StartsWithSegments(ApiReferencePath, StringComparison.OrdinalIgnoreCase);
        var portal = Portal.PortalResponses.IsPortal(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = reference ? ApiReferencePolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = portal ? "no-referrer" : "same-origin"; // the portal's address holds its token
            return Task.CompletedTask;
        });
        return next(context);
    });
}
