using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Credentials;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Accounts;

public sealed class PasswordResetTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Theory]
    [InlineData("", "fr", "Saisissez votre adresse e-mail.")]
    [InlineData("not an address", "en", "Enter a valid e-mail address.")]
    public async Task ForgotPasswordPage_NoOrABadAddress_SaysSoNextToTheFieldAndSendsNothing(string email, string culture, string expected)
    {
        var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var path = $"/account/forgot?culture={culture}";
        var token = await Forms.GetAsync(client, path);

        using var posted = await Forms.PostAsync(client, path, token, new Dictionary<string, string> { ["Email"] = email });

        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Matches("data-valmsg-for=\"Email\"[^>]*>" + System.Text.RegularExpressions.Regex.Escape(expected) + "<", html);
        Assert.DoesNotContain("role=\"status\"", html, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task ForgotPassword_KnownAddress_OwesALinkThatResetsOnce()
    {
        var email = $"funder-{Guid.NewGuid():N}@example.fr";
        await host.Factory.CreateUserAsync(email, CohortsRoles.Funder);
        using var anonymous = host.Factory.CreateClient();

        using (var asked = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email }))
        {
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        }

        var link = await host.LatestLinkAsync(email, "password-reset");
        Assert.StartsWith(CohortsHostFactory.PublicBaseUrl + "/account/reset?user=", link.ToString(), StringComparison.Ordinal);
        var body = new { user = AccountsHost.Query(link, "user"), token = AccountsHost.Query(link, "token"), password = "Autre-mot-2026" };
        using (var reset = await anonymous.PostAsJsonAsync("/api/auth/reset-password", body))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }

        await ApiSignIn.TokenAsync(host.Factory, email, "Autre-mot-2026");
        using var reused = await anonymous.PostAsJsonAsync("/api/auth/reset-password", body with { password = "Encore-autre-2026" });
        await reused.AssertProblemAsync(HttpStatusCode.BadRequest, "token");
    }

    [Fact]
    public async Task ForgotPassword_AccountThatNeverChoseALanguage_IsWrittenInTheLanguageOfItsOtherEmails()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.fr";
        await host.Factory.CreateUserAsync(email, CohortsRoles.Coach);
        using var english = host.Factory.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        using (var asked = await english.PostAsJsonAsync("/api/auth/forgot-password", new { email }))
        {
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        }

        var reset = Assert.Single(await host.MessagesToAsync(email), m => m.Kind == "password-reset");
        Assert.Contains("\"culture\":\"fr\"", reset.Data, StringComparison.Ordinal);
        var languages = host.Factory.Services.GetRequiredService<Cohorts.Host.Mail.IRecipientLanguage>();
        var workflowMail = await languages.ForAsync(email, new System.Text.Json.Nodes.JsonObject { ["culture"] = "en" }, CancellationToken.None);
        Assert.Equal("fr", workflowMail.Name);
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_AnswersTheSameAndOwesNothing()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.fr";
        using var anonymous = host.Factory.CreateClient();

        using var asked = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email });

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Empty(await host.MessagesToAsync(email));
    }
}
