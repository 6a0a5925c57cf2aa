using Microsoft.AspNetCore.Hosting;
using Cohorts.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests;

/// <summary>
/// The host on its own temporary SQLite files (engine and scheduler) and, when given one, a fake clock. Two factories
/// on the same <see cref="HostFiles"/> are the same installation started twice.
/// </summary>
public sealed class CohortsHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly FakeTimeProvider? _clock;
    private readonly bool _ownsFiles;
    private readonly Action<IServiceCollection>? _services;

    public CohortsHostFactory(
        HostFiles? files = null,
        FakeTimeProvider? clock = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        _ownsFiles = files is null;
        Files = files ?? new HostFiles();
        _clock = clock;
        _settings = new Dictionary<string, string?>
        {
            ["Cohorts:Sqlite:DatabasePath"] = Files.DatabasePath,
            ["Cohorts:Scheduling:DatabasePath"] = Files.SchedulerPath,
            ["Cohorts:Scheduling:IdleWaitTime"] = "00:00:01",
            ["Cohorts:Scheduling:ReconciliationInterval"] = "01:00:00",
            ["Cohorts:Demo:Enabled"] = "false",
            ["Cohorts:PublicBaseUrl"] = PublicBaseUrl,
            ["Cohorts:Mail:PickupDirectory"] = Path.Combine(Files.Folder, "mail"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The site's public address in tests (<c>Cohorts:PublicBaseUrl</c>): absolute links start with it.</summary>
    public const string PublicBaseUrl = "https://cohorts.test";

    /// <summary>Gets the files the host runs on.</summary>
    public HostFiles Files { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Settings are read while services are registered (Quartz's), so they go in as host settings too.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(new ServerErrorLog()));
        if (_clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(_clock));
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsFiles)
        {
            Files.Dispose();
        }
    }
}
