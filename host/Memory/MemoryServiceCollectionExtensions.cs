using Microsoft.Extensions.Options;

namespace Cohorts.Host.Memory;

/// <summary>Registers the host's memory trimming.</summary>
internal static class MemoryServiceCollectionExtensions
{
    /// <summary>Adds the C library heap's arena limit and the trim of a quiet host's unused memory, with their settings validated at start.</summary>
    public static IServiceCollection AddCohortsMemory(this IServiceCollection services)
    {
        services.AddOptions<MemoryOptions>().BindConfiguration(MemoryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MemoryOptions>, MemoryOptionsValidator>();
        services.AddSingleton<IProcessMemory, RuntimeMemory>();
        services.AddSingleton<IReleasableMemory, SqliteConnectionPools>();
        services.AddHostedService<NativeArenaLimit>();
        services.AddSingleton<IdleMemoryTrim>();
        services.AddHostedService(provider => provider.GetRequiredService<IdleMemoryTrim>());
        return services;
    }
}
