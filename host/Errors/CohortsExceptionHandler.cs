using Cohorts.Engine.Exceptions;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Cohorts.Host.Errors;

/// <summary>
/// Maps the project's exceptions on API requests to RFC 7807 problem details: the one place where an error becomes an
/// API response. Anything else is a 500 without a stack trace; on pages, the error page shows the same status
/// (<see cref="ExceptionStatus"/>) in the reader's language.
/// </summary>
/// <param name="problems">Writes problem details.</param>
internal sealed class CohortsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has moved the request to the error page's path by now: the original path is in the feature.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? string.Empty;
        if (exception is not CohortsException known || !path.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (status, title) = ExceptionStatus.Of(known);
        var details = new ProblemDetails { Status = status, Title = title, Detail = known.Message };
        if (known is InvalidDefinitionException invalid)
        {
            details.Extensions["errors"] = invalid.Problems
                .GroupBy(p => p.Path)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        }
        else if (known is DomainRuleException rule)
        {
            details.Extensions["errors"] = rule.Errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
