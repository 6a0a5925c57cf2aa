using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Cohorts.Host.Tests;

/// <summary>The host on its own temporary SQLite file; the folder is deleted on dispose.</summary>
public sealed class CohortsHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public CohortsHostFactory(IDictionary<string, string?>? settings = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "cohorts-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "cohorts.db");
        _settings = new Dictionary<string, string?> { ["Cohorts:Sqlite:DatabasePath"] = DatabasePath };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Gets the temporary folder.</summary>
    public string Folder { get; }

    /// <summary>Gets the database file's path.</summary>
    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
