using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Localization;

/// <summary>The resource localizers (.fr.resx), each wrapped in an <see cref="ElidingStringLocalizer"/>.</summary>
internal sealed class ElidingStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggers) : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory _resources = new(options, loggers);

    public IStringLocalizer Create(Type resourceSource) => new ElidingStringLocalizer(_resources.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new ElidingStringLocalizer(_resources.Create(baseName, location));
}
