using Microsoft.Extensions.Options;

namespace Cohorts.Host.Web;

/// <summary>Checks <see cref="PublicSiteOptions"/>, naming the setting by its configuration key.</summary>
internal sealed class PublicSiteOptionsValidator : IValidateOptions<PublicSiteOptions>
{
    private const string Key = $"{PublicSiteOptions.SectionName}:{nameof(PublicSiteOptions.PublicBaseUrl)}";

    public ValidateOptionsResult Validate(string? name, PublicSiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return ValidateOptionsResult.Fail($"{Key} is required: the site's public address, e.g. https://cohorts.example.org (the links in calendars start with it).");
        }

        return Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment) && string.IsNullOrEmpty(url.UserInfo)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{Key} must be an absolute http or https address without query, fragment or user name, not '{options.PublicBaseUrl}'.");
    }
}
