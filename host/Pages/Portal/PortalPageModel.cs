using Cohorts.Host.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Portal;

/// <summary>
/// What the portal's pages share: no sign-in, the token in the path opens the page (<see cref="PortalDoor"/>); a closed
/// link answers its status (404, 410) with a message in both languages; links keep the chosen language.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public abstract class PortalPageModel(PortalDoor door) : PageModel
{
    /// <summary>Gets or sets the token in the address.</summary>
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    /// <summary>Gets what the token opened.</summary>
    public PortalEntry Entry { get; private set; } = null!;

    /// <summary>Gets the reader's language (<c>en</c> or <c>fr</c>).</summary>
    public string Language => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>A path of this portal, keeping a language chosen in the address.</summary>
    public string Href(string? rest = null)
    {
        var path = PortalTokens.PathOf(Token) + (rest ?? string.Empty);
        return Request.Query.TryGetValue("culture", out var culture) && culture.ToString() is "en" or "fr" ? $"{path}?culture={culture}" : path;
    }

    /// <summary>An API path of this portal (downloads), keeping the language.</summary>
    public string ApiHref(string rest) => $"/api{PortalTokens.PathOf(Token)}{rest}";

    /// <summary>Opens the portal; false (and the status set) when the link is closed.</summary>
    protected async Task<bool> OpenAsync(CancellationToken cancellationToken)
    {
        Entry = await door.OpenAsync(Token, cancellationToken);
        if (!Entry.IsOpen)
        {
            Response.StatusCode = Entry.State is PortalLinkState.Revoked or PortalLinkState.Expired ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
        }

        return Entry.IsOpen;
    }
}
