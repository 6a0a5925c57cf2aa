using Cohorts.Engine.Exceptions;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Cohorts.Host.Errors;

/// <summary>
/// Maps every exception on an API request to RFC 7807 problem details: the one place where an error becomes an API
/// response. The project's exceptions and requests the API could not read (<see cref="BadHttpRequestException"/>: a
/// value of the wrong type, a date that does not exist, a number out of range) say what is wrong, with
/// <c>errors</c> keyed by field; anything else is a 500 without a stack trace. On pages, the error page shows the same
/// status (<see cref="ExceptionStatus"/>) in the reader's language.
/// </summary>
/// <param name="problems">Writes problem details.</param>
internal sealed class CohortsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiRequests.IsApi(httpContext))
        {
            return false;
        }

        var (status, title) = ExceptionStatus.Of(exception);
        var details = Describe(exception, status, title, httpContext.Request);
        httpContext.Response.StatusCode = status;
        try
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            return true; // the client went away while its answer was written: nobody is left to tell
        }
    }

    private static ProblemDetails Describe(Exception exception, int status, string title, HttpRequest request)
    {
        switch (exception)
        {
            case BadHttpRequestException when status == StatusCodes.Status413PayloadTooLarge:
                // A body without a length, cut by the server at the limit while it was read.
                var tooLarge = ApiStatusCodes.Describe(status, request);
                tooLarge.Title = title;
                return tooLarge;
            case BadHttpRequestException bad:
                return BindingErrors.Of(bad) is { } errors
                    ? new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = "Some values in the request cannot be read: see errors." }
                    : new ProblemDetails { Status = status, Title = title, Detail = ApiStatusCodes.Explain(status) ?? bad.Message };
            case InvalidDefinitionException invalid:
                return new ProblemDetails
                {
                    Status = status,
                    Title = title,
                    Detail = EchoedValues.Shorten(invalid.Message),
                    Extensions = { ["errors"] = EchoedValues.Shorten(invalid.Problems.GroupBy(p => p.Path).Select(g => KeyValuePair.Create(g.Key, g.Select(p => p.Message).ToArray()))) },
                };
            case DomainRuleException rule:
                return new ProblemDetails
                {
                    Status = status,
                    Title = title,
                    Detail = EchoedValues.Shorten(rule.Message),
                    Extensions = { ["errors"] = EchoedValues.Shorten(rule.Errors.Select(e => KeyValuePair.Create(e.Key, e.Value.ToArray()))) },
                };
            case CohortsException known:
                return new ProblemDetails { Status = status, Title = title, Detail = EchoedValues.Shorten(known.Message) };
            default:
                return new ProblemDetails { Status = status, Title = title };
        }
    }
}
