namespace Cohorts.Host.Portal;

/// <summary>Registers the company portal's services.</summary>
public static class PortalServiceCollectionExtensions
{
    /// <summary>Adds the portal's tokens, door, reader and files.</summary>
    public static IServiceCollection AddCohortsPortal(this IServiceCollection services)
    {
        services.AddSingleton<PortalTokens>();
        services.AddSingleton<PortalDoor>();
        services.AddSingleton<PortalReader>();
        services.AddSingleton<PortalFiles>();
        services.AddSingleton<PortalFormUploads>();
        return services;
    }
}
