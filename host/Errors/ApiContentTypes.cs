using System.Text;
using Microsoft.Net.Http.Headers;

namespace Cohorts.Host.Errors;

/// <summary>
/// Checks an API request's Content-Type before anything reads the body. A body sent without one is answered 415, as
/// the typed endpoints' JSON reading answers it, rather than read as JSON by the endpoints that read their body
/// themselves (a definition, a form, answers). And the charset it names: the framework's JSON reader
/// throws an <see cref="InvalidOperationException"/> (a 500) for a charset .NET cannot decode (<c>charset=x</c>,
/// <c>charset=utf-7</c>, an empty one) and for a quoted one, which HTTP allows (<c>charset="utf-8"</c>): an unknown
/// charset is answered 415 with problem details naming it, a quoted known one is passed on unquoted. A body sent
/// compressed (<c>Content-Encoding: gzip</c>) is answered 415 too: the server does not decompress requests.
/// </summary>
internal static class ApiContentTypes
{
    /// <summary>Adds the check to the API's requests (after the error handling, so the 415 is problem details).</summary>
    public static IApplicationBuilder UseApiContentTypes(this IApplicationBuilder app) =>
        app.UseWhen(ApiRequests.IsApi, api => api.Use(next => context => CheckAsync(context, next)));

    private static Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        if (string.IsNullOrWhiteSpace(context.Request.ContentType) && HasBody(context.Request))
        {
            return RefuseAsync(context, "The request has a body but no Content-Type: send it as application/json.");
        }

        // A compressed body would be read as its compressed bytes ("'0x1F' is an invalid start of a value").
        if (context.Request.Headers.ContentEncoding is { Count: > 0 } encodings && encodings.Any(e => !string.Equals(e?.Trim(), "identity", StringComparison.OrdinalIgnoreCase)))
        {
            return RefuseAsync(context, $"The Content-Encoding '{EchoedValues.Cut(encodings.ToString(), 40)}' is not one this server reads: send the body uncompressed.");
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType) || mediaType.Charset.Value is not { } charset)
        {
            return next(context);
        }

        var name = HeaderUtilities.RemoveQuotes(charset).Value ?? string.Empty;
        if (!IsKnown(name))
        {
            return RefuseAsync(context, $"The charset '{EchoedValues.Cut(name, 40)}' of the Content-Type is not one this server reads: send the body as application/json in UTF-8.");
        }

        if (name.Length != charset.Length)
        {
            mediaType.Charset = name;
            context.Request.ContentType = mediaType.ToString();
        }

        return next(context);
    }

    /// <summary>Whether the request carries a body: a length above zero, or chunks.</summary>
    public static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private static Task RefuseAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status415UnsupportedMediaType, Detail = detail },
        }).AsTask();
    }

    private static bool IsKnown(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        try
        {
            _ = Encoding.GetEncoding(name);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}
