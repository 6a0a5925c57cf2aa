using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Portal;

namespace Cohorts.Host.Portal;

/// <summary>What a token opened: its state and, when open, the link and its company.</summary>
/// <param name="State">Whether it opens the portal, and why not.</param>
/// <param name="Token">The token as given.</param>
/// <param name="Link">The link, when one was found.</param>
/// <param name="Company">The link's company, when open.</param>
public sealed record PortalEntry(PortalLinkState State, string Token, PortalLink? Link, Company? Company)
{
    /// <summary>Gets a value indicating whether the portal is open.</summary>
    public bool IsOpen => State == PortalLinkState.Open && Company is not null;

    /// <summary>Gets the open link's company, or throws.</summary>
    public Company OpenCompany => Company ?? throw new InvalidOperationException("The portal link is not open.");

    /// <summary>Gets the open link, or throws.</summary>
    public PortalLink OpenLink => Link ?? throw new InvalidOperationException("The portal link is not open.");
}
