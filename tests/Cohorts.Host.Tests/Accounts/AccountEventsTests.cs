using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Accounts;

/// <summary>Every account change is recorded with who made it, in the change's own transaction, and administrators read it.</summary>
public sealed class AccountEventsTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    private const string StrongPassword = "Nouveau-2026";

    [Fact]
    public async Task AccountChanges_EachRecordedWithItsActor_ListedForAdministratorsInWords()
    {
        var email = $"manager-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        await admin.PostJsonAsync("/api/users/invitations", new { email, role = "manager", name = "Inès", language = "fr" }, HttpStatusCode.Created);
        var token = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");
        using var anonymous = host.Factory.CreateClient();
        await anonymous.PostJsonAsync("/api/users/invitations/accept", new { token, name = "Inès Morel", password = StrongPassword }, HttpStatusCode.OK);
        var id = (await admin.GetJsonAsync("/api/users")).GetProperty("accounts").EnumerateArray()
            .Single(a => a.GetProperty("email").GetString() == email).GetProperty("id").GetString()!;
        using (var deactivated = await admin.PostAsync($"/api/users/{id}/deactivate", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        }

        using (var reactivated = await admin.PostAsync($"/api/users/{id}/reactivate", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, reactivated.StatusCode);
        }

        var entries = await EntriesAboutAsync(email);
        Assert.Equal(
            [(AuditActions.Invited, AccountsHost.Administrator), (AuditActions.InvitationAccepted, email), (AuditActions.Deactivated, AccountsHost.Administrator), (AuditActions.Reactivated, AccountsHost.Administrator)],
            entries.Select(e => (e.Action, e.Actor)).ToList());

        var events = await admin.GetJsonAsync("/api/account-events?pageSize=200");
        var texts = events.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("text").GetString()).ToList();
        Assert.Contains($"{email} invited as programme manager", texts);
        Assert.Contains($"Account of {email} deactivated", texts);

        using var page = await host.Factory.CreatePageClientAsync(AccountsHost.Administrator);
        var html = await page.GetStringAsync("/admin/events?culture=fr");
        Assert.Contains("Événements des comptes", html, StringComparison.Ordinal);
        Assert.Contains($"Compte de {email} réactivé", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptInvitation_WeakPassword_RecordsNothingAndTheLinkStillWorks()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.fr";
        using var admin = await host.Factory.CreateApiClientAsync(AccountsHost.Administrator);
        await admin.PostJsonAsync("/api/users/invitations", new { email, role = "coach" }, HttpStatusCode.Created);
        var token = AccountsHost.Query(await host.LatestLinkAsync(email, "invitation"), "token");
        using var anonymous = host.Factory.CreateClient();

        using (var weak = await anonymous.PostAsJsonAsync("/api/users/invitations/accept", new { token, name = "W", password = "abc" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        }

        Assert.DoesNotContain(await EntriesAboutAsync(email), e => e.Action == AuditActions.InvitationAccepted);
        await anonymous.PostJsonAsync("/api/users/invitations/accept", new { token, name = "W", password = StrongPassword }, HttpStatusCode.OK);
        Assert.Single(await EntriesAboutAsync(email), e => e.Action == AuditActions.InvitationAccepted);
    }

    [Fact]
    public async Task AccountEvents_Coach_Refused()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.fr";
        await host.Factory.CreateUserAsync(email, CohortsRoles.Coach);
        using var coach = await host.Factory.CreateApiClientAsync(email);

        using var response = await coach.GetAsync("/api/account-events");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<IReadOnlyList<AuditEntry>> EntriesAboutAsync(string email)
    {
        await using var db = await host.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Action.StartsWith(AuditActions.AccountPrefix)).ToListAsync();
        return [.. entries.Where(e => JsonDocument.Parse(e.Data).RootElement.TryGetProperty("email", out var value) && value.GetString() == email).OrderBy(e => e.Id)];
    }
}
