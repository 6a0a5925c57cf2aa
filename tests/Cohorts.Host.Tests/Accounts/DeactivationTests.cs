using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Credentials;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Accounts;

public sealed class DeactivationTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task Deactivate_Coach_SignInRefusedAndTokensRevokedThenReactivateWorks()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.fr";
        var id = await host.Factory.CreateUserAsync(email, CohortsRoles.Coach);
        var tokens = await ApiSignIn.TokenAsync(host.Factory, email);
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);

        using (var deactivated = await admin.PostAsync($"/api/users/{id}/deactivate", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        }

        using var anonymous = host.Factory.CreateClient();
        using (var signIn = await anonymous.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(host.Factory, tokens.Access));
        using (var refresh = await ApiSignIn.RefreshAsync(anonymous, tokens.Refresh))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        }

        var list = await admin.GetJsonAsync("/api/users");
        Assert.Contains(list.GetProperty("accounts").EnumerateArray(), a => a.GetProperty("id").GetString() == id && !a.GetProperty("active").GetBoolean());

        using (var reactivated = await admin.PostAsync($"/api/users/{id}/reactivate", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, reactivated.StatusCode);
        }

        var again = await ApiSignIn.TokenAsync(host.Factory, email);
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(host.Factory, again.Access));
    }

    [Fact]
    public async Task Deactivate_OwnAccount_Answers400()
    {
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        var me = (await admin.GetJsonAsync("/api/users")).GetProperty("accounts").EnumerateArray()
            .Single(a => a.GetProperty("email").GetString() == AccountsHost.Administrator);

        using var response = await admin.PostAsync($"/api/users/{me.GetProperty("id").GetString()}/deactivate", null);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "id");
    }
}
