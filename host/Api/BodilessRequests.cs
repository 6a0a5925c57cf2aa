using Cohorts.Host.Errors;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.Metadata;

namespace Cohorts.Host.Api;

/// <summary>
/// A body sent to an API endpoint that reads none (<c>POST /api/notifications/read-all</c>, a cohort's restore, a new
/// calendar link) is refused with a 400 at <c>$</c>, not ignored: a client that believes it said something
/// (<c>{"ids": [...]}</c> to mark a few notifications read) learns that it did not, before anything changes. An endpoint
/// reads a body when it declares the types it accepts (<see cref="IAcceptsMetadata"/>: a typed body, a form, or
/// <c>Accepts</c> for those that read their JSON themselves). A body that says nothing (<c>{}</c>, <c>null</c>) is let
/// through: many clients send one with every POST.
/// </summary>
internal static class BodilessRequests
{
    /// <summary>The message of the refusal.</summary>
    public const string Message = "This request takes no body: send it without one.";

    private const int MostRead = 32;

    /// <summary>Adds the check to every endpoint of <paramref name="group"/>.</summary>
    public static RouteGroupBuilder RefuseUnreadBodies(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            if (ApiContentTypes.HasBody(request)
                && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
                && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is null
                && !await SaysNothingAsync(request, context.HttpContext.RequestAborted))
            {
                throw new DomainRuleException("$", Message);
            }

            return await next(context);
        });
        return group;
    }

    /// <summary>
    /// Whether the body is one that says nothing: <c>{}</c> or <c>null</c>, which many clients send with every POST.
    /// No more than a few bytes are read.
    /// </summary>
    private static async Task<bool> SaysNothingAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new byte[MostRead + 1];
        var read = 0;
        int count;
        while (read < buffer.Length && (count = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += count;
        }

        if (read > MostRead)
        {
            return false;
        }

        var text = System.Text.Encoding.UTF8.GetString(buffer, 0, read).Trim();
        return text is "" or "null" || (text.StartsWith('{') && text.EndsWith('}') && text[1..^1].Trim().Length == 0);
    }
}
