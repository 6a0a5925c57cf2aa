namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// The installation's identity: one row, written at the first start. Its id names the installation's Data Protection
/// application, so that two installations (two databases) never accept each other's cookies or tokens.
/// </summary>
/// <param name="Id">Always <see cref="SingleRowId"/>.</param>
/// <param name="InstallationId">A random id generated at the first start (32 hexadecimal digits).</param>
public sealed record Installation(int Id, string InstallationId)
{
    /// <summary>The id of the only row.</summary>
    public const int SingleRowId = 1;
}
