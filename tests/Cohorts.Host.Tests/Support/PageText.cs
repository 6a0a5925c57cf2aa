using System.Globalization;
using Cohorts.Host.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Tests.Support;

/// <summary>The pages' localizers as the host makes them, and a culture to read them in, for tests without a host.</summary>
public static class PageText
{
    /// <summary>Makes the localizer of one text class (ManagerText, ChangesText…), falling back to the domain's texts.</summary>
    public static IStringLocalizer<T> For<T>() => new StringLocalizer<T>(Factory());

    /// <summary>Reads something with the current culture and UI culture set to one culture, then sets them back.</summary>
    public static T InCulture<T>(string culture, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    private static ElidingStringLocalizerFactory Factory() =>
        new(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
}
