using System.Diagnostics;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Errors;

/// <summary>
/// Writes every problem on an API request as <c>application/problem+json</c>, whatever the request's Accept header
/// says (the framework's writer declines a request that accepts only, say, <c>text/csv</c>, and the client would get a
/// plain-text error). Registered before the framework's writer, which still writes problems outside the API.
/// </summary>
/// <param name="problemOptions">Where <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/> comes from.</param>
/// <param name="jsonOptions">The API's JSON settings (camelCase names).</param>
internal sealed class ApiProblemDetailsWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    /// <summary>The media type of RFC 7807 problem details.</summary>
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ApiRequests.IsApi(context.HttpContext);
    }

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var details = context.ProblemDetails;
        details.Status ??= http.Response.StatusCode;
        details.Title ??= ReasonPhrases.GetReasonPhrase(details.Status.Value);
        details.Type ??= ProblemTypes.Of(details.Status.Value);
        details.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(details, details.GetType(), jsonOptions.Value.SerializerOptions, ContentType, http.RequestAborted));
    }
}
