namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// What the accounts say when input is refused: fixed English sentences (the keys of their French in
/// SharedText.fr.resx), the same on the pages, the API and the command line.
/// </summary>
public static class AccountMessages
{
    public const string EmailRequired = "Give an e-mail address.";
    public const string EmailInvalid = "This is not a valid e-mail address.";
    public const string EmailTaken = "An account with this e-mail address exists already.";
    public const string EmailInvited = "An invitation to this e-mail address is pending: resend it instead.";
    public const string RoleInvalid = "Choose a role: manager, coach, funder or administrator.";
    public const string NameTooLong = "The name is too long (200 characters at most).";
    public const string NameRequired = "Give your name.";
    public const string LanguageInvalid = "Choose English (en) or French (fr).";
    public const string ProgrammesOnlyForManagers = "Only a manager manages programmes.";
    public const string ProgrammeUnknown = "There is no such programme.";
    public const string TooManyProgrammesToInvite = "Too many programmes for one invitation: choose fewer, then add the others once the account exists.";
    public const string PasswordRequired = "Choose a password.";
    public const string PasswordTooWeak = "This password is too weak: use at least 6 characters, with an upper-case letter, a lower-case letter, a digit and a symbol.";
    public const string InvitationInvalid = "This invitation link is not valid: a newer one may have been sent, or it was cancelled.";
    public const string InvitationUsed = "This invitation was accepted already: sign in instead.";
    public const string InvitationAcceptedAlready = "This invitation was accepted already: deactivate the account instead.";
    public const string InvitationExpired = "This invitation has expired: ask for a new one.";
    public const string ResetInvalid = "This password reset link is not valid any more (used, expired or replaced): ask for a new one.";
    public const string OwnAccount = "You cannot deactivate your own account.";
    public const string NotAManager = "This account is not a manager's.";
}
