using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Host.Web;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// What the account e-mails carry to the mail sender (which renders them in the recipient's language): absolute links
/// from <c>Cohorts:PublicBaseUrl</c>, never from the request's Host header.
/// </summary>
internal sealed class AccountMail(PublicLinks links)
{
    /// <summary>The outbox kind of an invitation.</summary>
    public const string InvitationKind = "invitation";

    /// <summary>The outbox kind of a password reset link.</summary>
    public const string PasswordResetKind = "password-reset";

    /// <summary>The accept link of an invitation token.</summary>
    public string AcceptLink(string token) => links.To("/account/accept?token=" + Uri.EscapeDataString(token));

    /// <summary>The reset link of a password reset token.</summary>
    public string ResetLink(string userId, string token) =>
        links.To($"/account/reset?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}");

    /// <summary>The key of an invitation's n-th sending (once per sending).</summary>
    public static string InvitationKey(Invitation invitation) => $"{InvitationKeyPrefix(invitation.Id)}{invitation.Sendings}";

    /// <summary>The start of the keys of every sending of an invitation.</summary>
    public static string InvitationKeyPrefix(Guid invitationId) => $"invitation/{invitationId:N}/";

    /// <summary>The key of a reset link: at most one per account and minute, whoever asks.</summary>
    public static string PasswordResetKey(string userId, DateTimeOffset now) =>
        $"password-reset/{userId}/{now.ToUnixTimeSeconds() / 60}";

    /// <summary>The invitation e-mail's data.</summary>
    public JsonObject Invitation(Invitation invitation, string token) => new()
    {
        ["url"] = AcceptLink(token),
        ["role"] = invitation.Role,
        ["invitedBy"] = invitation.InvitedByName,
        ["name"] = invitation.DisplayName,
        ["cohort"] = invitation.Cohort,
        ["expiresAt"] = Iso(invitation.ExpiresAt),
        ["culture"] = invitation.Language,
    };

    /// <summary>The reset e-mail's data.</summary>
    public JsonObject PasswordReset(CohortsUser user, string token, DateTimeOffset expiresAt) => new()
    {
        ["url"] = ResetLink(user.Id, token),
        ["expiresAt"] = Iso(expiresAt),
        ["culture"] = AccountLanguages.OrDefault(user.Language),
    };

    private static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
