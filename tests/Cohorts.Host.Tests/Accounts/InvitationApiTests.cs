using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Accounts;

public sealed class InvitationApiTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    private const string StrongPassword = "Nouveau-2026";

    [Theory]
    [InlineData("fr", "en-GB", "fr")]
    [InlineData("en", "fr-FR", "en")]
    [InlineData(null, "fr-FR", "fr")]
    [InlineData(null, "en-GB", "en")]
    public async Task Invite_NoLanguageGiven_TakesTheAdministratorsOwnThenTheRequests(string? adminLanguage, string acceptLanguage, string expected)
    {
        var administrator = $"admin-{Guid.NewGuid():N}@example.fr";
        await host.Factory.CreateUserAsync(administrator, CohortsRoles.Administrator, adminLanguage);
        using var admin = await host.Factory.CreateApiClientAsync(administrator);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        var email = $"coach-{Guid.NewGuid():N}@example.fr";

        var invitation = await admin.PostJsonAsync("/api/users/invitations", new { email, role = "coach" }, HttpStatusCode.Created);

        Assert.Equal(expected, invitation.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Invite_NewCoach_OwesAnInvitationWithTheAcceptLinkThenAcceptanceSignsIn()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        var expiresAt = host.Clock.GetUtcNow().AddDays(7);

        var invitation = await admin.PostJsonAsync("/api/users/invitations", new { email, role = "coach", name = "Léa Girard", language = "fr" }, HttpStatusCode.Created);

        Assert.Equal(expiresAt, invitation.GetProperty("expiresAt").GetDateTimeOffset());
        var message = Assert.Single(await host.MessagesToAsync(email));
        Assert.Equal("invitation", message.Kind);
        using var data = JsonDocument.Parse(message.Data);
        var url = data.RootElement.GetProperty("url").GetString()!;
        Assert.StartsWith(CohortsHostFactory.PublicBaseUrl + "/account/accept?token=", url, StringComparison.Ordinal);
        Assert.Equal("coach", data.RootElement.GetProperty("role").GetString());
        Assert.Equal("fr", data.RootElement.GetProperty("culture").GetString());
        Assert.Equal(expiresAt, DateTimeOffset.Parse(data.RootElement.GetProperty("expiresAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(AccountsHost.Administrator, data.RootElement.GetProperty("invitedBy").GetString());
        Assert.Equal("Léa Girard", data.RootElement.GetProperty("name").GetString()); // the e-mail greets her by it

        using var anonymous = host.Factory.CreateClient();
        var token = AccountsHost.Query(new Uri(url), "token");
        var signedIn = await anonymous.PostJsonAsync("/api/users/invitations/accept", new { token, name = "Léa Girard", password = StrongPassword }, HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(signedIn.GetProperty("accessToken").GetString()));
        using var coach = await host.Factory.CreateApiClientAsync(email, StrongPassword);
        var me = await coach.GetJsonAsync("/api/me");
        Assert.Equal("Léa Girard", me.GetProperty("displayName").GetString());
        Assert.Contains("coach", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        using var again = await anonymous.PostAsJsonAsync("/api/users/invitations/accept", new { token, name = "Léa", password = StrongPassword });
        var problem = await again.AssertProblemAsync(HttpStatusCode.BadRequest, "token");
        Assert.Contains("accepted already", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("administrator", "en tant qu’administrateur, avec l’adresse")]
    [InlineData("coach", "en tant que coach, avec l’adresse")]
    public async Task AcceptPage_InFrench_ElidesTheRoleBeforeAVowel(string role, string expected)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        await admin.PostJsonAsync("/api/users/invitations", new { email, role, language = "fr" }, HttpStatusCode.Created);
        var token = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");
        using var anonymous = host.Factory.CreateClient();

        var html = System.Net.WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/account/accept?token={Uri.EscapeDataString(token)}&culture=fr"));

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_AfterSevenDays_IsRefusedAsExpired()
    {
        var email = $"late-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        await admin.PostJsonAsync("/api/users/invitations", new { email, role = "funder" }, HttpStatusCode.Created);
        var token = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");

        // The fake clock only goes forward: the other tests of the class read it rather than assume it.
        host.Clock.Advance(TimeSpan.FromDays(7));
        using var anonymous = host.Factory.CreateClient();
        using var response = await anonymous.PostAsJsonAsync("/api/users/invitations/accept", new { token, name = "Late", password = StrongPassword });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "token");
        Assert.Contains("expired", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_PendingInvitation_OwesANewLinkAndTheOldOneStopsWorking()
    {
        var email = $"resend-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        var invitation = await admin.PostJsonAsync("/api/users/invitations", new { email, role = "manager" }, HttpStatusCode.Created);
        var first = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");

        await admin.PostJsonAsync($"/api/users/invitations/{invitation.GetProperty("id").GetGuid()}/resend", new { }, HttpStatusCode.OK);

        Assert.Equal(2, (await host.MessagesToAsync(email)).Count);
        var second = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");
        using var anonymous = host.Factory.CreateClient();
        using var old = await anonymous.PostAsJsonAsync("/api/users/invitations/accept", new { token = first, name = "M", password = StrongPassword });
        await old.AssertProblemAsync(HttpStatusCode.BadRequest, "token");
        await anonymous.PostJsonAsync("/api/users/invitations/accept", new { token = second, name = "M", password = StrongPassword }, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Cancel_PendingInvitation_ItsLinksStopWorkingAndTheAddressCanBeInvitedAgain()
    {
        var email = $"cancel-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        var invitation = await admin.PostJsonAsync("/api/users/invitations", new { email, role = "coach" }, HttpStatusCode.Created);
        var id = invitation.GetProperty("id").GetGuid();
        var first = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");
        await admin.PostJsonAsync($"/api/users/invitations/{id}/resend", new { }, HttpStatusCode.OK);
        var second = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");

        using var cancelled = await admin.DeleteAsync($"/api/users/invitations/{id}");

        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        using var anonymous = host.Factory.CreateClient();
        foreach (var token in new[] { first, second })
        {
            using var accept = await anonymous.PostAsJsonAsync("/api/users/invitations/accept", new { token, name = "Léa", password = StrongPassword });
            var problem = await accept.AssertProblemAsync(HttpStatusCode.BadRequest, "token");
            Assert.Contains("it was cancelled", problem.ToString(), StringComparison.Ordinal);
        }

        var list = await admin.GetJsonAsync("/api/users");
        Assert.DoesNotContain(list.GetProperty("invitations").EnumerateArray(), i => i.GetProperty("email").GetString() == email);
        using var again = await admin.DeleteAsync($"/api/users/invitations/{id}");
        await again.AssertProblemAsync(HttpStatusCode.NotFound, "id");
        await admin.PostJsonAsync("/api/users/invitations", new { email, role = "funder" }, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Cancel_AcceptedInvitation_Answers409AndTheAccountStays()
    {
        var email = $"accepted-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        var invitation = await admin.PostJsonAsync("/api/users/invitations", new { email, role = "coach" }, HttpStatusCode.Created);
        var token = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");
        using var anonymous = host.Factory.CreateClient();
        await anonymous.PostJsonAsync("/api/users/invitations/accept", new { token, name = "Léa", password = StrongPassword }, HttpStatusCode.OK);

        using var response = await admin.DeleteAsync($"/api/users/invitations/{invitation.GetProperty("id").GetGuid()}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, "id");
        Assert.Contains("deactivate the account instead", problem.ToString(), StringComparison.Ordinal);
        using var coach = await host.Factory.CreateApiClientAsync(email, StrongPassword);
        Assert.Equal(email, (await coach.GetJsonAsync("/api/me")).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Cancel_ByACoach_IsForbiddenAndTheInvitationStays()
    {
        var email = $"kept-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        var invitation = await admin.PostJsonAsync("/api/users/invitations", new { email, role = "funder" }, HttpStatusCode.Created);
        var coachEmail = $"coach-{Guid.NewGuid():N}@example.fr";
        await host.Factory.CreateUserAsync(coachEmail, CohortsRoles.Coach);
        using var coach = await host.Factory.CreateApiClientAsync(coachEmail);

        using var response = await coach.DeleteAsync($"/api/users/invitations/{invitation.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var list = await admin.GetJsonAsync("/api/users");
        Assert.Contains(list.GetProperty("invitations").EnumerateArray(), i => i.GetProperty("email").GetString() == email);
    }

    [Fact]
    public async Task Invite_ExistingAccount_Answers409NamingEmail()
    {
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);

        using var response = await admin.PostAsJsonAsync("/api/users/invitations", new { email = AccountsHost.Administrator, role = "coach" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "email");
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("abc\u202Eevil@example.org")] // a right-to-left override shows the address reversed
    [InlineData("a<b>@example.org")]
    public async Task Invite_InvalidAddress_Answers400NamingEmail(string email)
    {
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);

        using var response = await admin.PostAsJsonAsync("/api/users/invitations", new { email, role = "coach" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "email");
    }

    [Fact]
    public async Task Invite_EveryFieldWrong_Answers400NamingEachOfThem()
    {
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);

        using var response = await admin.PostAsJsonAsync("/api/users/invitations", new { email = "bad", role = "zzz", language = "xx", name = new string('n', 300) });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "email");
        var errors = problem.GetProperty("errors");
        Assert.All(["role", "language", "name"], field => Assert.True(errors.TryGetProperty(field, out _), $"No error at {field}: {errors}"));
    }

    [Fact]
    public async Task Invite_UnknownRole_Answers400NamingRole()
    {
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);

        using var response = await admin.PostAsJsonAsync("/api/users/invitations", new { email = "someone@example.fr", role = "king" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "role");
    }

    [Fact]
    public async Task Invite_ByAManager_Answers403()
    {
        var email = $"manager-{Guid.NewGuid():N}@example.fr";
        await host.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var manager = await host.Factory.CreateApiClientAsync(email);

        using var invite = await manager.PostAsJsonAsync("/api/users/invitations", new { email = "x@example.fr", role = "coach" });
        using var list = await manager.GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task Accept_WeakPassword_Answers400NamingPasswordAndTheLinkStillWorks()
    {
        var email = $"weak-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        await admin.PostJsonAsync("/api/users/invitations", new { email, role = "coach" }, HttpStatusCode.Created);
        var token = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");
        using var anonymous = host.Factory.CreateClient();

        using var weak = await anonymous.PostAsJsonAsync("/api/users/invitations/accept", new { token, name = "W", password = "abc" });

        await weak.AssertProblemAsync(HttpStatusCode.BadRequest, "password");
        await anonymous.PostJsonAsync("/api/users/invitations/accept", new { token, name = "W", password = StrongPassword }, HttpStatusCode.OK);
    }

    [Fact]
    public async Task List_AsAdministrator_ShowsAccountsAndPendingInvitations()
    {
        var email = $"pending-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        await admin.PostJsonAsync("/api/users/invitations", new { email, role = "funder" }, HttpStatusCode.Created);

        var list = await admin.GetJsonAsync("/api/users");

        Assert.Contains(list.GetProperty("accounts").EnumerateArray(), a => a.GetProperty("email").GetString() == AccountsHost.Administrator && a.GetProperty("active").GetBoolean());
        Assert.Contains(list.GetProperty("invitations").EnumerateArray(), i => i.GetProperty("email").GetString() == email && i.GetProperty("role").GetString() == "funder");
    }
}
