using Cohorts.Host.Manage;

[assembly: HostingStartup(typeof(ManageHostingStartup))]

namespace Cohorts.Host.Manage;

/// <summary>
/// Registers the manager's services (<see cref="ManageServiceCollectionExtensions.AddCohortsManagement"/>) while the
/// host's wiring (CohortsHostExtensions.AddCohortsHost) does not call it yet: ASP.NET Core runs the hosting startups of
/// the application's own assembly. Registration uses TryAdd, so calling AddCohortsManagement there too is harmless;
/// once it does, this file goes.
/// </summary>
internal sealed class ManageHostingStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) => builder.ConfigureServices(services => services.AddCohortsManagement());
}
