using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace Cohorts.Host.Errors;

/// <summary>
/// Writes an API answer that has an error status and no body (401 and 403 from sign-in, 404 for no endpoint or no
/// resource, 405 for a method the path does not have, 415, 413, 414, 431) as problem details.
/// </summary>
internal static class ApiStatusCodes
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = http.Response.StatusCode, Detail = Explain(http.Response.StatusCode) },
        }).AsTask();
    }

    /// <summary>What an error status means for the client, for the statuses the API answers without words of its own.</summary>
    public static string? Explain(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Sign in first: send a bearer token from POST /api/auth/token.",
        StatusCodes.Status403Forbidden => "Your account is not allowed to see or change this.",
        StatusCodes.Status404NotFound => "There is nothing at this address.",
        StatusCodes.Status405MethodNotAllowed => "This address does not take this method: see /openapi/v1.json.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        StatusCodes.Status414UriTooLong => string.Create(CultureInfo.InvariantCulture, $"The address is longer than {RequestHeadLimits.MaxTargetLength:N0} characters, the most this site takes: send long values in the request's body."),
        StatusCodes.Status431RequestHeaderFieldsTooLarge => string.Create(CultureInfo.InvariantCulture, $"The request's headers are more than {RequestHeadLimits.MaxHeaderCount} or larger than {RequestHeadLimits.MaxHeaderBytes:N0} bytes together, the most this site takes."),
        _ => null,
    };
}
