using Cohorts.Engine.Definitions;
using Cohorts.Engine.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>Shorthands shared by the runtime tests.</summary>
public static class TestWorkflows
{
    /// <summary>The zone the definitions of these tests are written in.</summary>
    public const string ZoneId = "Europe/Paris";

    /// <summary>
    /// How long a test waits for something that must happen promptly before it fails instead of hanging. A guard, not a
    /// timing assertion: passing never depends on it.
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    /// <summary>Gets the definitions' zone.</summary>
    public static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>Starts a definition in the tests' zone.</summary>
    public static WorkflowBuilder Builder(string definitionId) =>
        WorkflowBuilder.Create(definitionId, $"Test {definitionId}").InTimeZone(ZoneId);

    /// <summary>Registers the <see cref="Probe"/> activity and the log it writes to.</summary>
    public static Action<IServiceCollection> WithProbes(ProbeLog probes) =>
        services => services.AddSingleton(probes).AddCohortsActivity<Probe>();

    /// <summary>The UTC instant of a wall-clock time in Paris.</summary>
    public static DateTimeOffset ParisTime(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Paris.GetUtcOffset(local)).ToUniversalTime();
    }
}
