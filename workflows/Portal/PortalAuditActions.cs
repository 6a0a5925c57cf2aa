namespace Cohorts.Workflows.Portal;

/// <summary>The audit actions of the company portal (beside <see cref="Audit.AuditActions"/>, kept here so the portal's words live with it).</summary>
public static class PortalAuditActions
{
    /// <summary>A manager sent a contact their portal link.</summary>
    public const string LinkSent = "portal.link-sent";

    /// <summary>A manager revoked a portal link.</summary>
    public const string LinkRevoked = "portal.link-revoked";
}
