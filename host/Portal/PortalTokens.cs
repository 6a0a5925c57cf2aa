using System.Security.Cryptography;
using Cohorts.Host.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Cohorts.Host.Portal;

/// <summary>
/// The token in a portal address (<c>/portal/{token}</c>): the link's id protected with the installation's key ring
/// (ASP.NET Core Data Protection, purpose <see cref="Purpose"/>), base64url. Nothing secret is stored: revoking or
/// expiring the row closes the address, and a copied database opens nothing on another installation.
/// </summary>
public sealed class PortalTokens
{
    /// <summary>The Data Protection purpose of portal tokens (a new version makes every older token unreadable).</summary>
    public const string Purpose = "Cohorts.Portal.Link.v1";

    /// <summary>The longest token read (a real one is about 120 characters); longer input is not even decoded.</summary>
    public const int MaxLength = 400;

    private readonly IDataProtector _protector;
    private readonly PublicLinks _links;

    /// <summary>Initializes a new instance of the <see cref="PortalTokens"/> class.</summary>
    public PortalTokens(IDataProtectionProvider protection, PublicLinks links)
    {
        ArgumentNullException.ThrowIfNull(protection);
        _protector = protection.CreateProtector(Purpose);
        _links = links;
    }

    /// <summary>The token of link <paramref name="linkId"/>.</summary>
    public string For(Guid linkId) => WebEncoders.Base64UrlEncode(_protector.Protect(linkId.ToByteArray()));

    /// <summary>The link id a token protects, or null when it is not one of this installation's (unknown or tampered with).</summary>
    public Guid? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return null;
        }

        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The portal's path for a token.</summary>
    public static string PathOf(string token) => $"/portal/{token}";

    /// <summary>The portal's absolute address for link <paramref name="linkId"/>, from the site's public address.</summary>
    public string UrlFor(Guid linkId) => _links.To(PathOf(For(linkId)));

    /// <summary>The absolute address of a form to answer through link <paramref name="linkId"/>.</summary>
    public string FormUrlFor(Guid linkId, Guid requestId) => _links.To($"{PathOf(For(linkId))}/forms/{requestId:D}");
}
