using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Support;

/// <summary>
/// The host with its demo data, on its own SQLite files, with a fake clock on <see cref="Now"/> (Monday 16 March
/// 2026, 09:00 UTC): "Les bâtisseurs" started on 1 November 2025, the OpenLab cohort on 1 December 2025. Share it
/// within a test class (<c>IClassFixture</c>); a class whose tests change data gets its own database this way.
/// </summary>
public sealed class DemoHostFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    public DemoHostFixture()
    {
        Clock = new FakeTimeProvider(Now);
        Factory = new CohortsHostFactory(clock: Clock, settings: new Dictionary<string, string?> { ["Cohorts:Demo:Enabled"] = "true" });
    }

    public FakeTimeProvider Clock { get; }

    public CohortsHostFactory Factory { get; }

    public Task InitializeAsync()
    {
        _ = Factory.Server; // starts the host: migrations and demo data
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
