using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Access;
using Cohorts.Host.Demo;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Access;

/// <summary>
/// The rows the access checks keep between requests (<see cref="AccessCache"/>) on the demo's SQLite file: a change
/// of a manager's programmes (a commit to the same file) is seen by the very next request.
/// </summary>
public sealed class AccessCacheTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task ManagerWhoseProgrammeIsWithdrawn_IsRefusedAtTheNextRequestThenAllowedWhenGivenBack()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        var email = $"manager-{Guid.NewGuid():N}@access-cache.test";
        var userId = await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var admin = await demo.Factory.CreateApiClientAsync(DemoData.AdministratorEmail);
        using var manager = await demo.Factory.CreateApiClientAsync(email);
        var progress = $"/api/cohorts/{ids.Batisseurs}/progress";
        var cache = demo.Factory.Services.GetRequiredService<AccessCache>();

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(progress)).StatusCode);
        await SetProgrammesAsync(admin, userId, ["boost-innovation"]);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(progress)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(progress)).StatusCode); // the second read from what was kept
        Assert.True(cache.Count > 0, "nothing was kept between the requests");

        await SetProgrammesAsync(admin, userId, []);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(progress)).StatusCode);

        await SetProgrammesAsync(admin, userId, ["boost-innovation"]);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(progress)).StatusCode);
    }

    [Theory]
    [InlineData("""{"programmeIds":null}""")]
    [InlineData("{}")]
    public async Task SetProgrammes_NoList_IsRefusedAtItsPathAndTheManagerKeepsTheProgrammes(string body)
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        var email = $"manager-{Guid.NewGuid():N}@access-cache.test";
        var userId = await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var admin = await demo.Factory.CreateApiClientAsync(DemoData.AdministratorEmail);
        using var manager = await demo.Factory.CreateApiClientAsync(email);
        await SetProgrammesAsync(admin, userId, ["boost-innovation"]);

        using var refused = await admin.PutAsync($"/api/users/{userId}/programmes", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "programmeIds");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/cohorts/{ids.Batisseurs}/progress")).StatusCode);
    }

    private static async Task SetProgrammesAsync(HttpClient admin, string userId, string[] programmeIds)
    {
        using var response = await admin.PutAsJsonAsync($"/api/users/{userId}/programmes", new { programmeIds });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
