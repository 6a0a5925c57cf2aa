namespace Cohorts.Host.Portal;

/// <summary>What a portal token opens.</summary>
public enum PortalLinkState
{
    /// <summary>The portal of the link's company.</summary>
    Open,

    /// <summary>Nothing: the token is not one of this installation's, was changed, or its link no longer exists.</summary>
    Unknown,

    /// <summary>Nothing any more: a manager revoked the link.</summary>
    Revoked,

    /// <summary>Nothing any more: the link's lifetime is over.</summary>
    Expired,
}
