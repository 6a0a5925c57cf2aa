namespace Cohorts.Host.Identity.Credentials;

/// <summary>How long credentials last and how soon a revocation reaches them.</summary>
public static class CredentialLimits
{
    /// <summary>
    /// How long a cookie or bearer token is trusted without looking at the account again: a new security stamp (sign-out
    /// everywhere, new password), a locked or deleted account refuses it at most this long after the change.
    /// </summary>
    public static readonly TimeSpan RevocationDelay = TimeSpan.FromMinutes(1);

    /// <summary>How long an API bearer token is accepted (ASP.NET Core's default).</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromHours(1);

    /// <summary>How long an unused refresh token is accepted (ASP.NET Core's default); each use gives a new one.</summary>
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(14);
}
