using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Cohorts.Host.Localization;

/// <summary>The languages of the pages (English, French): chosen by the culture cookie, then the browser's languages.</summary>
internal static class CohortsCultures
{
    /// <summary>Gets the supported cultures; the first is the default.</summary>
    public static IReadOnlyList<CultureInfo> Supported { get; } = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("fr")];

    /// <summary>Configures request localization.</summary>
    public static void Configure(RequestLocalizationOptions options)
    {
        options.DefaultRequestCulture = new RequestCulture(Supported[0]);
        options.SupportedCultures = [.. Supported];
        options.SupportedUICultures = [.. Supported];
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }

    /// <summary>
    /// Maps POST /culture (form: culture, returnUrl): remembers the language in a cookie for a year. A culture missing
    /// or not supported is the default, as an unknown one always was (a missing one was a 400 error page).
    /// </summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/culture", (HttpContext context, TimeProvider clock, [Microsoft.AspNetCore.Mvc.FromForm] string? culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            var chosen = Supported.FirstOrDefault(c => c.Name == culture) ?? Supported[0];
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return TypedResults.LocalRedirect(Web.LocalUrls.OrHome(returnUrl));
        }).ExcludeFromDescription();
}
