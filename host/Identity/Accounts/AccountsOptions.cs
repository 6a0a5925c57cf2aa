namespace Cohorts.Host.Identity.Accounts;

/// <summary>Settings of the accounts (section <c>Cohorts:Accounts</c>).</summary>
public sealed class AccountsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cohorts:Accounts";

    /// <summary>The longest invitation lifetime accepted.</summary>
    public static readonly TimeSpan MaxInvitationLifetime = TimeSpan.FromDays(90);

    /// <summary>Gets or sets how long an invitation link works (from its last sending); 7 days unless set.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);
}
