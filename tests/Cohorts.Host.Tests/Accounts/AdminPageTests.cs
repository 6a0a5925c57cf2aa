using System.Net;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Accounts;

public sealed class AdminPageTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task Invite_BadAddressInFrench_KeepsTheInputAndShowsTheMessageByTheField()
    {
        using var admin = await host.Factory.CreatePageClientAsync(AccountsHost.Administrator);
        // The sign-in set the pages' language to the account's (English): French is asked for in the query.
        var token = await Forms.GetAsync(admin, "/admin/invite?culture=fr");

        using var response = await Forms.PostAsync(admin, "/admin/invite?culture=fr", token, new Dictionary<string, string>
        {
            ["Input.Email"] = "pas-une-adresse",
            ["Input.Name"] = "Jeanne Moreau",
            ["Input.Role"] = "coach",
            ["Input.Language"] = "fr",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("value=\"pas-une-adresse\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Jeanne Moreau\"", html, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Input.Email\"", html, StringComparison.Ordinal);
        Assert.Contains("Cette adresse e-mail n’est pas valide.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_TheAdministratorsOwnRow_OffersNoDeactivation()
    {
        using var admin = await host.Factory.CreatePageClientAsync(AccountsHost.Administrator);

        var html = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/users?q=" + Uri.EscapeDataString(AccountsHost.Administrator)));

        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..];
        var row = body[body.IndexOf(AccountsHost.Administrator, StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Your account", row, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Deactivate", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_InFrench_CarriesNoEnglishValidationMessage()
    {
        using var admin = await host.Factory.CreatePageClientAsync(AccountsHost.Administrator);

        var html = await admin.GetStringAsync("/admin/invite?culture=fr");

        Assert.Contains("name=\"Input.Role\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("field is required", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_GoodInput_RedirectsToTheAccountsWhichListTheInvitation()
    {
        var email = $"page-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreatePageClientAsync(AccountsHost.Administrator);
        var token = await Forms.GetAsync(admin, "/admin/invite");

        using var response = await Forms.PostAsync(admin, "/admin/invite", token, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Role"] = "funder",
            ["Input.Language"] = "en",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(email, await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_CancelAnInvitationInFrench_SaysSoAndItsLinkNoLongerOpens()
    {
        var email = $"annule-{Guid.NewGuid():N}@example.fr";
        using var api = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        var invitation = await api.PostJsonAsync("/api/users/invitations", new { email, role = "coach", language = "fr" }, HttpStatusCode.Created);
        var link = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");
        using var admin = await host.Factory.CreatePageClientAsync(AccountsHost.Administrator);
        var token = await Forms.GetAsync(admin, "/admin/users?culture=fr");
        var before = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/users?culture=fr"));
        Assert.Contains("Annuler l’invitation", before, StringComparison.Ordinal);
        Assert.Contains("<th>Promotion</th>", before, StringComparison.Ordinal);

        using var response = await Forms.PostAsync(admin, "/admin/users?handler=Cancel&culture=fr", token, new Dictionary<string, string>
        {
            ["id"] = invitation.GetProperty("id").GetString()!,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/users?culture=fr"));
        Assert.Contains("L’invitation est annulée\u00a0: son lien ne fonctionne plus.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, html, StringComparison.Ordinal);
        using var anonymous = host.Factory.CreateClient();
        var accept = System.Net.WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/account/accept?token={Uri.EscapeDataString(link)}&culture=fr"));
        Assert.Contains("ou l’invitation a été annulée", accept, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", accept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_CancelAnInvitationCancelledMeanwhile_SaysItIsGoneInFrenchWithoutItsId()
    {
        var email = $"deux-onglets-{Guid.NewGuid():N}@example.fr";
        using var api = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        var invitation = await api.PostJsonAsync("/api/users/invitations", new { email, role = "coach", language = "fr" }, HttpStatusCode.Created);
        var id = invitation.GetProperty("id").GetString()!;
        using var admin = await host.Factory.CreatePageClientAsync(AccountsHost.Administrator);
        var token = await Forms.GetAsync(admin, "/admin/users?culture=fr");
        using var deleted = await api.DeleteAsync($"/api/users/invitations/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        using var response = await Forms.PostAsync(admin, "/admin/users?handler=Cancel&culture=fr", token, new Dictionary<string, string> { ["id"] = id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Cette invitation n’existe plus\u00a0: elle a été acceptée ou annulée entre-temps.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(id, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AdminPages_Coach_AreRefused()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.fr";
        await host.Factory.CreateUserAsync(email, CohortsRoles.Coach);
        using var coach = await host.Factory.CreatePageClientAsync(email);

        using var response = await coach.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_UnknownToken_SaysTheLinkIsNotValid()
    {
        using var anonymous = host.Factory.CreateClient();

        var html = await anonymous.GetStringAsync("/account/accept?token=nothing-like-a-token");

        Assert.Contains("This invitation link is not valid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", html, StringComparison.Ordinal);
    }
}
