namespace Cohorts.Host.Api.Portal;

/// <summary>A link sent: the link, and whether an active one was sent again.</summary>
/// <param name="Link">The link.</param>
/// <param name="Reused">True when the contact's active link was sent again rather than a new one made.</param>
public sealed record PortalLinkSentResponse(PortalLinkResponse Link, bool Reused);
