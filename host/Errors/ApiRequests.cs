using Microsoft.AspNetCore.Diagnostics;

namespace Cohorts.Host.Errors;

/// <summary>
/// Tells API requests (under <c>/api</c>, and the documents for programs) from pages: every answer of the API, errors included, is JSON, and every
/// error is RFC 7807 problem details. Looks at the original path when the request is being re-executed for an error.
/// </summary>
internal static class ApiRequests
{
    /// <summary>The API's path prefix.</summary>
    public const string Prefix = "/api";

    /// <summary>Whether the request, as the client sent it, is an API request.</summary>
    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Request.Path.Value;
        return IsApiPath(path);
    }

    /// <summary>
    /// Whether a path is the API's (<c>/api</c> or below it, in any case), or one of the documents it publishes for
    /// programs (<c>/openapi/…</c>, <c>/schemas/…</c>), whose errors are problem details too.
    /// </summary>
    public static bool IsApiPath(string? path) =>
        path is not null && (Under(path, Prefix) || Under(path, "/openapi") || Under(path, "/schemas"));

    private static bool Under(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (path.Length == prefix.Length || path[prefix.Length] == '/');
}
