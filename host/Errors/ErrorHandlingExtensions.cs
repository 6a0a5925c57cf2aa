using System.Text.Json.Serialization;
using Cohorts.Host.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cohorts.Host.Errors;

/// <summary>
/// Errors, once for the whole host: on the API every failure is <c>application/problem+json</c> (exceptions through
/// <see cref="CohortsExceptionHandler"/>, requests it cannot read with <c>errors</c> by field, bare statuses such as
/// 401, 404, 405 or 415 through status-code pages); on pages the error page, in the reader's language.
/// </summary>
internal static class ErrorHandlingExtensions
{
    /// <summary>The error page's path.</summary>
    public const string ErrorPage = "/error";

    /// <summary>Registers problem details, the exception handler and the API's strict JSON reading.</summary>
    public static IServiceCollection AddCohortsErrors(this IServiceCollection services)
    {
        // Before the framework's writer, which AddProblemDetails adds and which declines a request not accepting JSON.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, ApiProblemDetailsWriter>());
        services.AddProblemDetails(options => options.CustomizeProblemDetails = CamelCaseValidationErrors.Apply);
        services.AddExceptionHandler<CohortsExceptionHandler>();

        // A request the minimal APIs cannot bind throws (with the JSON path or the parameter) instead of answering
        // an empty 400, so that the exception handler can say what is wrong. Outside Development too.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new StrictEnumConverterFactory());
            options.SerializerOptions.Converters.Add(new PlainTextConverter());
            options.SerializerOptions.Converters.Add(new OffsetDateTimeConverter());

            // {"name": "a", "name": "b"} is refused naming the property, rather than the last one silently winning.
            options.SerializerOptions.AllowDuplicateProperties = false;

            // {"nmae": "a"} or a property this request does not take is refused naming it, rather than silently
            // dropped: a misspelt optional field would otherwise change nothing and say nothing.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        return services;
    }

    /// <summary>Adds the exception handler and the status-code answers (problem details on the API, the error page elsewhere).</summary>
    public static IApplicationBuilder UseCohortsErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ErrorPage,
            StatusCodeSelector = exception => ExceptionStatus.Of(exception).Status,

            // An expected failure (not found, not allowed, a bad request) is an answer, not an incident to log as an
            // unhandled exception; a 500 is always logged.
            SuppressDiagnosticsCallback = context => ExceptionStatus.Of(context.Exception).Status < StatusCodes.Status500InternalServerError,
        });

        // The pages' error page, on the main pipeline: re-executing routes the request again only there (a branch made
        // by UseWhen has no routes of its own, and the re-executed request found no page: an empty 404 instead of the
        // page's 400, 404 or 413). The API's problem details are written inside it, so it leaves them be.
        app.UseStatusCodePagesWithReExecute(ErrorPage, "?status={0}");
        app.UseWhen(ApiRequests.IsApi, api => api.UseStatusCodePages(ApiStatusCodes.WriteAsync));
        app.UseApiContentTypes();
        return app;
    }
}
