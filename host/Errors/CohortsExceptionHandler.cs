using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Expressions;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Cohorts.Host.Errors;

/// <summary>
/// Maps the project's exceptions to RFC 7807 problem details: the one place where an error becomes a response.
/// Anything else is a 500 without a stack trace (the default handler).
/// </summary>
/// <param name="problems">Writes problem details.</param>
internal sealed class CohortsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CohortsException known)
        {
            return false;
        }

        var (status, title) = known switch
        {
            NotFoundException => (StatusCodes.Status404NotFound, "Not found"),
            DomainRuleException { IsNotFound: true } => (StatusCodes.Status404NotFound, "Not found"),
            DomainRuleException => (StatusCodes.Status400BadRequest, "The request breaks a rule of the programme"),
            InvalidDefinitionException => (StatusCodes.Status400BadRequest, "The workflow definition is invalid"),
            ExpressionException => (StatusCodes.Status400BadRequest, "An expression is invalid"),
            ConcurrencyConflictException => (StatusCodes.Status409Conflict, "Changed by someone else"),
            InvalidInstanceStateException => (StatusCodes.Status409Conflict, "Not possible in the instance's current state"),
            _ => (StatusCodes.Status400BadRequest, "The request cannot be carried out"),
        };
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
