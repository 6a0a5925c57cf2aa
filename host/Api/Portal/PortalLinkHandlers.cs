using Cohorts.Host.Access;
using Cohorts.Workflows.Portal;

namespace Cohorts.Host.Api.Portal;

/// <summary>A company's portal links, for its programme's managers: send, list, revoke.</summary>
internal static class PortalLinkHandlers
{
    public static async Task<IResult> SendAsync(Guid id, PortalLinkRequest? body, UserAccess access, PortalLinkService links, TimeProvider clock, CancellationToken cancellationToken)
    {
        await access.RequireCompanyManagerAsync(id, cancellationToken);
        var sent = await links.SendAsync(id, body?.Email, access.Email, cancellationToken);
        return TypedResults.Ok(new PortalLinkSentResponse(PortalLinkResponse.Of(sent.Link, clock.GetUtcNow()), sent.Reused));
    }

    public static async Task<IResult> ListAsync(Guid id, UserAccess access, PortalLinkService links, TimeProvider clock, CancellationToken cancellationToken)
    {
        await access.RequireCompanyManagerAsync(id, cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok((await links.ListAsync(id, cancellationToken)).Select(l => PortalLinkResponse.Of(l, now)).ToList());
    }

    public static async Task<IResult> RevokeAsync(Guid id, Guid linkId, UserAccess access, PortalLinkService links, TimeProvider clock, CancellationToken cancellationToken)
    {
        await access.RequireCompanyManagerAsync(id, cancellationToken);
        var link = await links.RevokeAsync(id, linkId, access.Email, cancellationToken);
        return TypedResults.Ok(PortalLinkResponse.Of(link, clock.GetUtcNow()));
    }
}
