namespace Cohorts.Host.Identity.Accounts;

/// <summary>The accounts and the pending invitations (expired ones included, to be resent).</summary>
/// <param name="Accounts">The accounts, by e-mail address.</param>
/// <param name="Invitations">The invitations not accepted yet, by e-mail address.</param>
public sealed record AccountList(IReadOnlyList<AccountView> Accounts, IReadOnlyList<InvitationView> Invitations);
