using Microsoft.AspNetCore.Localization;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>The pages' language cookie (the header's switch sets it too), set from the account's language at sign-in.</summary>
public static class CultureCookie
{
    /// <summary>Remembers the language for a year; does nothing for an account that has not chosen one (the browser's then applies).</summary>
    public static void Remember(HttpResponse response, string? language, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!AccountLanguages.IsSupported(language))
        {
            return;
        }

        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(AccountLanguages.OrDefault(language))),
            new CookieOptions { Expires = now.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
    }
}
