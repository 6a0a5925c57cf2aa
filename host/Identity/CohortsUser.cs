using Microsoft.AspNetCore.Identity;

namespace Cohorts.Host.Identity;

/// <summary>
/// A person who signs in: a programme manager, a coach, a funder or an administrator (<see cref="CohortsRoles"/>). A coach or funder
/// is linked to the cohorts' coaches and funders by e-mail address.
/// </summary>
public sealed class CohortsUser : IdentityUser
{
    /// <summary>Gets or sets the name shown on pages.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the secret in the user's calendar subscription address (a calendar application cannot sign in);
    /// a new one revokes the old address.
    /// </summary>
    public string CalendarToken { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the language the person chose (<c>en</c> or <c>fr</c>, <see cref="Accounts.AccountLanguages"/>):
    /// their pages after sign-in and the e-mails sent to them. Null until they choose (at an invitation's acceptance or
    /// on their profile): their pages then follow the browser, and e-mails are in <see cref="Accounts.AccountLanguages.Default"/>.
    /// </summary>
    public string? Language { get; set; }
}
