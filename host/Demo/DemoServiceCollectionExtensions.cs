namespace Cohorts.Host.Demo;

/// <summary>Registers the demo data (<see cref="DemoData"/>) and its options.</summary>
internal static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddCohortsDemo(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>()
            .BindConfiguration(DemoOptions.SectionName)
            .Validate(o => !o.Enabled || o.Password.Length >= 8, "Cohorts:Demo:Password must have at least 8 characters.")
            .Validate(o => o.MonthsIn is >= 0 and <= 11, "Cohorts:Demo:MonthsIn must be between 0 and 11.")
            .ValidateOnStart();
        services.AddSingleton<DemoData>();
        return services;
    }
}
