using System.Security.Cryptography;
using System.Text;

namespace Cohorts.Host.Mail;

/// <summary>
/// Message-Ids derived from the outbox row's id and the site's host (<c>&lt;{id}@{host of PublicBaseUrl}&gt;</c>), so
/// a message sent again after a crash between the server's accept and the row's marking carries the same Message-Id,
/// which lets mail servers and clients recognise the duplicate. A row for a group (a cohort's managers) gives each
/// address its own id, suffixed by a hash of the address.
/// </summary>
internal static class MailMessageIds
{
    /// <summary>The Message-Id (without angle brackets) of a row's message to one address.</summary>
    public static string For(Guid rowId, string siteHost, string? groupAddress = null)
    {
        if (groupAddress is null)
        {
            return $"{rowId:D}@{siteHost}";
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(groupAddress.Trim().ToUpperInvariant()));
        return $"{rowId:D}.{Convert.ToHexStringLower(hash.AsSpan(0, 6))}@{siteHost}";
    }
}
