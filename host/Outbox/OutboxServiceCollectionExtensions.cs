using Microsoft.Extensions.Options;

namespace Cohorts.Host.Outbox;

/// <summary>Registers the outbox's delivery.</summary>
internal static class OutboxServiceCollectionExtensions
{
    /// <summary>Adds the signal outbox's sweep, with its settings validated at start. Register before the scheduler.</summary>
    public static IServiceCollection AddCohortsOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>();
        services.AddHostedService<SignalOutboxService>();
        return services;
    }
}
