using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Cohorts.Host.Api;

/// <summary>
/// HEAD answered wherever GET is (RFC 9110, section 9.1: a general-purpose server supports both): the same status and
/// headers, no content (Kestrel sends none for HEAD). The pages, <c>/health</c> and the static files did so already;
/// the API's endpoints, mapped with <c>MapGet</c>, answered HEAD with 405. The OpenAPI document lists the GET alone.
/// </summary>
internal static class HeadRequests
{
    /// <summary>Adds HEAD to the methods of every endpoint of <paramref name="builder"/> that answers GET.</summary>
    public static TBuilder AnswerHead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Any(HttpMethods.IsGet)
                && !methods.HttpMethods.Any(HttpMethods.IsHead))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return builder;
    }

    /// <summary>Whether an API description is the HEAD twin of a GET, which the OpenAPI document leaves out.</summary>
    public static bool IsHead(ApiDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        return description.HttpMethod is { } method && HttpMethods.IsHead(method);
    }
}
