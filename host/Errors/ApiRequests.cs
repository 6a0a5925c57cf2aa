using Microsoft.AspNetCore.Diagnostics;

namespace Cohorts.Host.Errors;

/// <summary>
/// Tells API requests (under <c>/api</c>) from pages: every answer of the API, errors included, is JSON, and every
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

    /// <summary>Whether a path is the API's (<c>/api</c> or below it, in any case).</summary>
    public static bool IsApiPath(string? path) =>
        path is not null
        && path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
        && (path.Length == Prefix.Length || path[Prefix.Length] == '/');
}
