namespace Cohorts.Host.Api.Portal;

/// <summary>Whom to send a company's portal link.</summary>
/// <param name="Email">The contact's address; the company's contact when omitted.</param>
public sealed record PortalLinkRequest(string? Email);
