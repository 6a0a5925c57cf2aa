using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Localization;

/// <summary>
/// The resource localizers (.fr.resx), each wrapped in an <see cref="ElidingStringLocalizer"/> that falls back to the
/// domain's texts (<see cref="DomainWords"/>).
/// </summary>
internal sealed class ElidingStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory _resources;
    private readonly DomainWords _domain;

    public ElidingStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggers)
    {
        _resources = new(options, loggers);
        _domain = new DomainWords(new ElidingStringLocalizer(_resources.Create(typeof(DomainText))), DomainWords.FrenchKeys);
    }

    public IStringLocalizer Create(Type resourceSource) => new ElidingStringLocalizer(_resources.Create(resourceSource), _domain);

    public IStringLocalizer Create(string baseName, string location) => new ElidingStringLocalizer(_resources.Create(baseName, location), _domain);
}
