namespace Cohorts.Workflows.Portal;

/// <summary>The company portal's limits.</summary>
public static class PortalLimits
{
    /// <summary>The most links a company's list shows.</summary>
    public const int MaxLinksListed = 100;

    /// <summary>How precisely a link's last use is kept (written at most this often).</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);
}
