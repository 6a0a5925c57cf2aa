using System.Net;
using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Mail;

/// <summary>The invitation e-mail's sentence naming the role, in both languages, through a real SMTP server.</summary>
public sealed class InvitationMailTests
{
    [Theory]
    [InlineData("fr", "administrator", "Claire Martin", "Claire Martin vous invite sur Cohorts en tant qu’administrateur.")]
    [InlineData("fr", "evaluator", "Claire Martin", "Claire Martin vous invite sur Cohorts en tant qu’évaluateur de candidatures.")]
    [InlineData("fr", "administrator", null, "Vous êtes invité(e) sur Cohorts en tant qu’administrateur.")]
    [InlineData("fr", "evaluator", null, "Vous êtes invité(e) sur Cohorts en tant qu’évaluateur de candidatures.")]
    [InlineData("fr", "coach", "Claire Martin", "Claire Martin vous invite sur Cohorts en tant que coach.")]
    [InlineData("en", "administrator", "Claire Martin", "Claire Martin invites you to Cohorts as an administrator.")]
    [InlineData("en", "evaluator", null, "You are invited to Cohorts as an evaluator of applications.")]
    public async Task SendDue_Invitation_NamesTheRoleWithTheLanguagesElision(string culture, string role, string? invitedBy, string sentence)
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        var data = new JsonObject
        {
            ["url"] = $"{CohortsHostFactory.PublicBaseUrl}/account/accept?token=abc",
            ["role"] = role,
            ["expiresAt"] = "2030-01-08T09:00:00Z",
            ["culture"] = culture,
        };
        if (invitedBy is not null)
        {
            data["invitedBy"] = invitedBy;
        }

        await MailRows.OweAsync(host, $"invitation/{role}", "invitation", "someone@example.org", data);

        var message = Assert.Single(await smtp.WaitForAsync(1));

        Assert.Contains(sentence, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(sentence, message.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Claire Martin", "Claire Martin vous invite sur Cohorts en tant que coach, pour la promotion «\u00a0Boost Innovation 2026\u00a0».")]
    [InlineData("fr", null, "Vous êtes invité(e) sur Cohorts en tant que coach, pour la promotion «\u00a0Boost Innovation 2026\u00a0».")]
    [InlineData("en", "Claire Martin", "Claire Martin invites you to Cohorts as a coach, for the cohort “Boost Innovation 2026”.")]
    [InlineData("en", null, "You are invited to Cohorts as a coach, for the cohort “Boost Innovation 2026”.")]
    public async Task SendDue_InvitationWithItsCohort_NamesTheCohort(string culture, string? invitedBy, string sentence)
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        var data = new JsonObject
        {
            ["url"] = $"{CohortsHostFactory.PublicBaseUrl}/account/accept?token=abc",
            ["role"] = "coach",
            ["invitedBy"] = invitedBy,
            ["cohort"] = "Boost Innovation 2026",
            ["expiresAt"] = "2030-01-08T09:00:00Z",
            ["culture"] = culture,
        };

        await MailRows.OweAsync(host, $"invitation/cohort/{culture}/{invitedBy}", "invitation", "someone@example.org", data);

        var message = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Contains(sentence, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(sentence, System.Net.WebUtility.HtmlDecode(message.HtmlBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_WhileTheMailServerIsDown_ItsEMailIsNeverSent()
    {
        // Nothing listens on port 1: every sending fails and the e-mail stays owed.
        await using var host = new CohortsHostFactory(settings: new Dictionary<string, string?> { ["Cohorts:Mail:Host"] = "127.0.0.1", ["Cohorts:Mail:Port"] = "1", ["Cohorts:Mail:Security"] = "None" });
        var administrator = $"admin-{Guid.NewGuid():N}@example.fr";
        await host.CreateUserAsync(administrator, CohortsRoles.Administrator);
        using var admin = await host.CreateApiClientAsync(administrator);
        var email = $"unsent-{Guid.NewGuid():N}@example.fr";
        var invitation = await admin.PostJsonAsync("/api/users/invitations", new { email, role = "coach" }, HttpStatusCode.Created);
        Assert.Equal(1, await OwedInvitationsAsync(host, email));

        using var response = await admin.DeleteAsync($"/api/users/invitations/{invitation.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, await OwedInvitationsAsync(host, email));
    }

    [Theory]
    [InlineData("fr", "Léa Girard", "Bonjour Léa Girard,")]
    [InlineData("en", "Léa Girard", "Hello Léa Girard,")]
    [InlineData("fr", null, "Bonjour,")]
    [InlineData("en", null, "Hello,")]
    public async Task SendDue_Invitation_GreetsTheInviteeByTheNameGiven(string culture, string? name, string greeting)
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        var data = new JsonObject
        {
            ["url"] = $"{CohortsHostFactory.PublicBaseUrl}/account/accept?token=abc",
            ["role"] = "coach",
            ["expiresAt"] = "2030-01-08T09:00:00Z",
            ["culture"] = culture,
            ["name"] = name,
        };

        await MailRows.OweAsync(host, $"invitation/{culture}/{name}", "invitation", "someone@example.org", data);

        var message = Assert.Single(await smtp.WaitForAsync(1));
        Assert.StartsWith(greeting, message.TextBody, StringComparison.Ordinal);
    }

    private static async Task<int> OwedInvitationsAsync(CohortsHostFactory host, string email)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        return await db.OutgoingMessages.CountAsync(m => m.Kind == "invitation" && m.Recipient == email && m.SentAt == null);
    }
}
