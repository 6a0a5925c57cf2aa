using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Web;

/// <summary>The host without demo data, with a manager and a coach made on the spot and their API clients.</summary>
public sealed class ApiHostFixture : IAsyncLifetime
{
    public const string ManagerEmail = "manager@web.test";
    public const string CoachEmail = "coach@web.test";

    public CohortsHostFactory Factory { get; } = new();

    public HttpClient Manager { get; private set; } = null!;

    public HttpClient Coach { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Factory.CreateUserAsync(ManagerEmail, CohortsRoles.Manager);
        await Factory.CreateUserAsync(CoachEmail, CohortsRoles.Coach);
        Manager = await Factory.CreateApiClientAsync(ManagerEmail);
        Coach = await Factory.CreateApiClientAsync(CoachEmail);
    }

    public async Task DisposeAsync()
    {
        Manager.Dispose();
        Coach.Dispose();
        await Factory.DisposeAsync();
    }
}
