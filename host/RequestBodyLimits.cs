using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Cohorts.Host;

/// <summary>
/// Caps request bodies: <see cref="InputLimits.MaxApiRequestBodyBytes"/> under /api, <see cref="InputLimits.MaxFormBodyBytes"/>
/// for the pages' forms. A body that says it is larger (Content-Length) is answered 413 before it is read; one that does
/// not say (chunked) is cut at the limit by the server (Kestrel's per-request <see cref="IHttpMaxRequestBodySizeFeature"/>),
/// which answers 413 too.
/// </summary>
internal static class RequestBodyLimits
{
    /// <summary>The limit for a request.</summary>
    public static long For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Path.StartsWithSegments("/portal", StringComparison.OrdinalIgnoreCase))
        {
            // A portal form may carry a file answer (Portal/PortalFormUploads): the form plus one file at its cap.
            return InputLimits.MaxFormBodyBytes + Cohorts.Workflows.Attachments.AttachmentLimits.MaxFileBytes;
        }

        if (IsAttachmentUpload(request))
        {
            return MaxAttachmentUploadBytes;
        }

        return request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? InputLimits.MaxApiRequestBodyBytes : InputLimits.MaxFormBodyBytes;
    }

    /// <summary>The limit of an attachment's upload: the largest file taken and room for the form's other fields, so a file one byte too large is read and refused with a problem naming <c>file</c>.</summary>
    public static long MaxAttachmentUploadBytes => Workflows.Attachments.AttachmentLimits.MaxFileBytes + InputLimits.MaxApiRequestBodyBytes;

    // POST /api/{sessions|companies|milestones|forms/requests}/{id}/attachments, and the attachments page's form (/attachments/…).
    private static bool IsAttachmentUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && ((request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && (request.Path.Value?.EndsWith("/attachments", StringComparison.OrdinalIgnoreCase) ?? false))
            || request.Path.StartsWithSegments("/attachments", StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the cap to the pipeline (after the error pages, so a 413 gets its answer).</summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(next => context =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context); // the error page re-executed for a refused request: nothing is read
        }

        var limit = For(context.Request);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        return next(context);
    });
}
