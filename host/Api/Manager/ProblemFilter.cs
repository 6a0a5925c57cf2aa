using Cohorts.Engine.Exceptions;
using Microsoft.AspNetCore.Diagnostics;

namespace Cohorts.Host.Api.Manager;

/// <summary>
/// Answers the project's exceptions thrown by the manager endpoints through the host's exception handlers while the
/// request still has its /api path. The exception handler middleware moves the request to its error path
/// (<c>/error</c>) before it calls the handlers, so CohortsExceptionHandler's /api check fails there and the error page
/// answers without the <c>errors</c> by field; once that handler reads the original path
/// (<see cref="IExceptionHandlerPathFeature"/>), this filter changes nothing and can go.
/// </summary>
internal static class ProblemFilter
{
    public static TBuilder AnswerProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (CohortsException exception)
            {
                var http = context.HttpContext;
                foreach (var handler in http.RequestServices.GetServices<IExceptionHandler>())
                {
                    if (await handler.TryHandleAsync(http, exception, http.RequestAborted))
                    {
                        return Results.Empty;
                    }
                }

                throw;
            }
        });
}
