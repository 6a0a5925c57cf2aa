using Cohorts.Engine.Exceptions;
using Cohorts.Host.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages;

/// <summary>
/// The error page, for an exception or an error status on a page (a short explanation in the reader's language, never
/// a stack trace); for the API, the same as RFC 7807 problem details.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IProblemDetailsService problems) : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "Something went wrong on our side. Try again; if it happens again, tell the programme's manager.";

    public string? Detail { get; private set; }

    // No handler parameters: binding would read the form, which throws after a failed antiforgery check (re-executed
    // here with status 400); the status comes from the query string the status-code pages add.
    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostAsync() => ShowAsync();

    /// <summary>Shows the error for any other method too (DELETE, PUT, OPTIONS…), which has no handler of its own.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is null)
        {
            context.Result = await ShowAsync();
            return;
        }

        await next();
    }

    private async Task<IActionResult> ShowAsync()
    {
        int? status = int.TryParse(Request.Query["status"], out var parsed) ? parsed : null;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var originalPath = exception?.Path ?? reExecuted?.OriginalPath ?? string.Empty;
        Status = exception is not null ? ExceptionStatus.Of(exception.Error).Status : status ?? StatusCodes.Status500InternalServerError;
        (Title, Explanation) = Status switch
        {
            StatusCodes.Status401Unauthorized => ("Sign in first", "This needs you to be signed in."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your account is not allowed to see or change this."),
            StatusCodes.Status404NotFound => ("Not found", "There is nothing here: the address may be wrong, or what it named was removed."),
            StatusCodes.Status400BadRequest or StatusCodes.Status405MethodNotAllowed or StatusCodes.Status415UnsupportedMediaType => ("The request cannot be carried out", "Something in the request is not right."),
            StatusCodes.Status413PayloadTooLarge => ("Too large", "What you sent is larger than this site takes: send less, or a smaller file."),
            StatusCodes.Status414UriTooLong or StatusCodes.Status431RequestHeaderFieldsTooLarge => ("Too long", "The address or the request's headers are longer than this site takes: follow a link from the site rather than typing the address."),
            StatusCodes.Status409Conflict => ("Changed by someone else", "Someone changed this at the same time. Reload the page and try again."),
            _ => (Title, Explanation),
        };
        Detail = exception?.Error is CohortsException known ? known.Message : null;
        Response.StatusCode = Status;
        if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails = { Status = Status, Title = Title, Detail = Detail ?? Explanation },
            });
            return new EmptyResult();
        }

        return Page();
    }
}
