using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Cohorts.Host;

/// <summary>
/// Caps what a request says before its body: its target (path and query as sent) at <see cref="MaxTargetLength"/>
/// characters, its headers at <see cref="MaxHeaderCount"/> and <see cref="MaxHeaderBytes"/> together. A request past
/// them is answered 414 or 431 by the pipeline, so with a body (problem details on the API, the error page elsewhere).
/// Kestrel's own limits are set above these (<see cref="ConfigureServer"/>): Kestrel refuses a request past its limits
/// itself, before any middleware, with an empty answer; only a request past those (64 KB) still gets one.
/// </summary>
internal static class RequestHeadLimits
{
    /// <summary>The longest request target taken, in characters (Kestrel's own default).</summary>
    public const int MaxTargetLength = 8_192;

    /// <summary>The most header fields a request may have.</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>The most bytes a request's header lines may take together (Kestrel's own default).</summary>
    public const int MaxHeaderBytes = 32_768;

    private const int ServerMaxBytes = 65_536;

    /// <summary>Sets Kestrel's limits above this pipeline's, so that a request between the two reaches it.</summary>
    public static void ConfigureServer(KestrelServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.MaxRequestLineSize = ServerMaxBytes;
        limits.MaxRequestHeadersTotalSize = ServerMaxBytes;
        limits.MaxRequestHeaderCount = 2 * MaxHeaderCount;
    }

    /// <summary>The status a request's head is refused with, or null when it is within the limits.</summary>
    public static int? Refusal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw.Length // as sent (Kestrel)
            : (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);
        if (target > MaxTargetLength)
        {
            return StatusCodes.Status414UriTooLong;
        }

        var headers = request.Headers;
        if (headers.Count > MaxHeaderCount)
        {
            return StatusCodes.Status431RequestHeaderFieldsTooLarge;
        }

        // About as Kestrel counts them: each line's name and value, with its ": " and its line end.
        var bytes = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                bytes += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        return bytes > MaxHeaderBytes ? StatusCodes.Status431RequestHeaderFieldsTooLarge : null;
    }

    /// <summary>Adds the caps to the pipeline (after the error pages, so a 414 or a 431 gets its answer).</summary>
    public static IApplicationBuilder UseRequestHeadLimits(this IApplicationBuilder app) => app.Use(next => context =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || Refusal(context) is not { } status)
        {
            return next(context); // the error page re-executed for a refused request carries the same headers
        }

        context.Response.StatusCode = status;
        return Task.CompletedTask;
    });
}
