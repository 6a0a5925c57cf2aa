using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cohorts.Host.Web;

/// <summary>
/// Answers 405 (the error page, allowing GET, HEAD and POST) to a page request with any other method (DELETE, PUT,
/// OPTIONS…): no page has a handler for one. It runs before the antiforgery check, which would otherwise answer an
/// unsafe method 400 as if a form had lost its token; the error page itself, re-executed with the request's method,
/// is let through.
/// </summary>
internal sealed class PageMethods : IAuthorizationFilter, IOrderedFilter
{
    /// <summary>The methods a page answers.</summary>
    public const string Allowed = "GET, HEAD, POST";

    /// <inheritdoc />
    public int Order => int.MinValue;

    /// <inheritdoc />
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method)
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return;
        }

        http.Response.Headers.Allow = Allowed;
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }
}
