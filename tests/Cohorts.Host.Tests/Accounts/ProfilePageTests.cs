using System.Net;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Accounts;

/// <summary>The profile page: a name with a control character is refused next to the field, kept, and not stored; a name on two lines is stored on one.</summary>
public sealed partial class ProfilePageTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task Save_EscapeInTheNameInFrench_ShowsTheMessageByTheFieldKeepsTheInputAndChangesNothing()
    {
        var email = $"profile-{Guid.NewGuid():N}@example.fr";
        await host.Factory.CreateUserAsync(email, CohortsRoles.Coach);
        using var client = await host.Factory.CreatePageClientAsync(email);
        var token = await Forms.GetAsync(client, "/account/profile?culture=fr");
        var before = await DisplayNameAsync(email);

        using var response = await Forms.PostAsync(client, "/account/profile?culture=fr", token, new Dictionary<string, string>
        {
            ["Input.Name"] = "Claire\u001b[31mMartin",
            ["Input.Language"] = "fr",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aucun caractère de contrôle (comme un caractère nul ou d’échappement).", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Claire\u001b[31mMartin\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await DisplayNameAsync(email));
    }

    [Fact]
    public async Task Save_NameOnTwoLines_StoredOnOne()
    {
        var email = $"profile-{Guid.NewGuid():N}@example.fr";
        await host.Factory.CreateUserAsync(email, CohortsRoles.Coach);
        using var client = await host.Factory.CreatePageClientAsync(email);
        var token = await Forms.GetAsync(client, "/account/profile");

        using var response = await Forms.PostAsync(client, "/account/profile", token, new Dictionary<string, string>
        {
            ["Input.Name"] = " Claire\r\n  Martin ",
            ["Input.Language"] = "en",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Claire Martin", await DisplayNameAsync(email));
    }

    [Fact]
    public async Task Header_ShowsTheNameNotTheAddress_AndANewNameFromTheNextPage()
    {
        var email = $"profile-{Guid.NewGuid():N}@example.fr";
        await host.Factory.CreateUserAsync(email, CohortsRoles.Coach);
        using var client = await host.Factory.CreatePageClientAsync(email);
        var token = await Forms.GetAsync(client, "/account/profile");

        using var response = await Forms.PostAsync(client, "/account/profile", token, new Dictionary<string, string>
        {
            ["Input.Name"] = "Élodie Ténot",
            ["Input.Language"] = "en",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/coach/week"));
        var who = WhoLink().Match(html);
        Assert.True(who.Success, "the header links to the profile");
        Assert.Equal("Élodie Ténot", who.Groups["name"].Value.Trim());
        Assert.Contains(email, who.Groups["title"].Value, StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<a class=\"who\" href=\"/account/profile\" title=\"(?<title>[^\"]*)\">(?<name>[^<]*)</a>")]
    private static partial System.Text.RegularExpressions.Regex WhoLink();

    private async Task<string?> DisplayNameAsync(string email)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
        return (await users.FindByEmailAsync(email))?.DisplayName;
    }
}
