namespace Cohorts.Workflows.Portal;

/// <summary>What sending a portal link did: the link (made or reused) and whether its e-mail was owed.</summary>
/// <param name="Link">The link sent.</param>
/// <param name="Reused">True when an active link was sent again rather than a new one made.</param>
public sealed record PortalLinkSent(PortalLink Link, bool Reused);
