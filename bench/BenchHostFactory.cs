using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Cohorts.Bench;

/// <summary>
/// The host, in process, on its own SQLite files in the bench's folder (mails to a folder). By default no demo data and
/// the in-memory test server; <paramref name="settings"/> override any setting (a database name, the demo).
/// </summary>
// Any type of the host's assembly names it (the bench has its own Program).
internal sealed class BenchHostFactory : WebApplicationFactory<Cohorts.Host.Access.UserAccess>
{
    private readonly Dictionary<string, string?> _settings;

    public BenchHostFactory(string folder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = new()
        {
            ["Cohorts:Sqlite:DatabasePath"] = Path.Combine(folder, "pages.db"),
            ["Cohorts:Scheduling:DatabasePath"] = Path.Combine(folder, "pages-scheduler.db"),
            ["Cohorts:Scheduling:IdleWaitTime"] = "00:00:01",
            ["Cohorts:Scheduling:ReconciliationInterval"] = "01:00:00",
            ["Cohorts:Demo:Enabled"] = "false",
            ["Cohorts:PublicBaseUrl"] = "https://cohorts.bench",
            ["Cohorts:Mail:PickupDirectory"] = Path.Combine(folder, "mail"),
            ["Logging:LogLevel:Default"] = "Warning",

            // The host's log goes to standard error with the progress notes: standard output holds only the figures.
            ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",

            // Companies accepted beyond their coaches' room wait for a manager: expected in the benchmark's cohorts.
            ["Logging:LogLevel:Cohorts.Workflows.Activities"] = "Error",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
    }
}
