using Cohorts.Host.Portal;

namespace Cohorts.Host.Api.Portal;

/// <summary>The problem a closed portal link answers: 404 for an unknown or changed token, 410 Gone for a revoked or expired link.</summary>
internal static class PortalClosed
{
    public static IResult Problem(PortalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.State switch
        {
            PortalLinkState.Revoked => TypedResults.Problem(
                "This portal link was revoked. Ask the programme's team for a new one.",
                statusCode: StatusCodes.Status410Gone,
                title: "Link revoked"),
            PortalLinkState.Expired => TypedResults.Problem(
                $"This portal link expired on {entry.Link!.ExpiresAt:yyyy-MM-dd}. Ask the programme's team for a new one.",
                statusCode: StatusCodes.Status410Gone,
                title: "Link expired"),
            _ => TypedResults.Problem(
                "No portal opens with this link: it may be incomplete (copy the whole address from the e-mail) or not from this site.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found"),
        };
    }

    public static IResult NotFound(string what) =>
        TypedResults.Problem($"No {what} of this company has this id.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
