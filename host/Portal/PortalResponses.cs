namespace Cohorts.Host.Portal;

/// <summary>
/// The portal's answers: never cached (they carry a personal link's content) and sent without a referrer, so the
/// token in the address does not leave the site (the Referrer-Policy is set with the other security headers, in
/// <c>SecurityHeaders</c>). Applied to every path under <c>/portal</c> and <c>/api/portal</c>.
/// </summary>
public static class PortalResponses
{
    /// <summary>Gets a value indicating whether <paramref name="path"/> is one of the portal's.</summary>
    public static bool IsPortal(PathString path) =>
        path.StartsWithSegments("/portal", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/portal", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the portal's headers to its answers.</summary>
    public static IApplicationBuilder UsePortalResponses(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (IsPortal(context.Request.Path))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
                return Task.CompletedTask;
            });
        }

        return next(context);
    });
}
