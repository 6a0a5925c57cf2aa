using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cohorts.Host.Web;

/// <summary>
/// Answers 400 (the error page) to a page request other than GET or HEAD that selects none of the page's handlers: a
/// POST without <c>?handler=</c> to a page whose forms all name one (the launch form's Preview and Launch), or naming a
/// handler the page does not have. Razor Pages would render the page without running any handler, with nothing
/// loaded, and fail with a 500.
/// </summary>
internal sealed class PageHandlerRequired : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new BadRequestResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
