using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

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
            ProblemDetails = Describe(http.Response.StatusCode, http.Request),
        }).AsTask();
    }

    /// <summary>
    /// The problem for an error status the API answers without words of its own; a body too large names the body
    /// (<c>$</c>) and the most that address takes, as the errors of a body that cannot be read do.
    /// </summary>
    public static ProblemDetails Describe(int status, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (status != StatusCodes.Status413PayloadTooLarge)
        {
            return new ProblemDetails { Status = status, Detail = Explain(status) };
        }

        var detail = string.Create(CultureInfo.InvariantCulture, $"The body is larger than {RequestBodyLimits.For(request):N0} bytes, the most this address takes: send less.");
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [BindingErrors.Root] = [detail] }) { Status = status, Detail = detail };
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
