using System.Text.Json.Nodes;
using Cohorts.Host.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Mail;

/// <summary>
/// An e-mail owed at one time and sent days later (the host was down, the server refused) says its relative texts as of
/// when it was owed: they describe its cause, and its Date header is that instant too.
/// </summary>
public sealed class OwedTimeMailTests
{
    private static readonly DateTimeOffset OwedAt = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("fr", "jusqu’au 13\u00a0décembre\u00a02026 à 10\u00a0h (dans 7\u00a0jours).")]
    [InlineData("en", "until 13 December 2026 at 10:00 (in 7 days).")]
    public async Task SendDue_InvitationSentThreeDaysAfterItWasOwed_CountsFromWhenItWasOwed(string culture, string sentence)
    {
        var message = await OweThenSendLaterAsync("invitation", "someone@example.org", new JsonObject
        {
            ["url"] = $"{CohortsHostFactory.PublicBaseUrl}/account/accept?token=abc",
            ["role"] = "coach",
            ["expiresAt"] = "2026-12-13T09:00:00Z",
            ["culture"] = culture,
        });

        Assert.Contains(sentence, message.TextBody, StringComparison.Ordinal);
        Assert.Equal(OwedAt, message.Date);
    }

    [Theory]
    [InlineData("fr", "arrive à échéance dans 2\u00a0jours, le 8\u00a0décembre\u00a02026 à 18\u00a0h.")]
    [InlineData("en", "is due in 2 days, on 8 December 2026 at 18:00.")]
    public async Task SendDue_MilestoneDueSoonSentAfterItsDueDate_StillSaysItIsDueSoon(string culture, string sentence)
    {
        var message = await OweThenSendLaterAsync("milestone-due-soon", "funder@bank.example", new JsonObject
        {
            ["milestoneId"] = Guid.NewGuid().ToString(),
            ["cohortId"] = Guid.NewGuid().ToString(),
            ["name"] = "Revue à mi-parcours",
            ["dueAt"] = "2026-12-08T17:00:00Z",
            ["reviewer"] = "funder",
            ["culture"] = culture,
        });

        Assert.Contains(sentence, message.TextBody, StringComparison.Ordinal);
    }

    private static async Task<MimeKit.MimeMessage> OweThenSendLaterAsync(string kind, string to, JsonObject data)
    {
        // The host's clock is three days on: whichever sweep sends the row, it sends it late.
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(clock: new FakeTimeProvider(OwedAt.AddDays(3)), settings: smtp.Settings());
        await MailRows.OweAsync(host, $"{kind}/late", kind, to, data, owedAt: OwedAt);
        await host.Services.GetRequiredService<MailSender>().SendDueAsync(CancellationToken.None);
        return Assert.Single(await smtp.WaitForAsync(1));
    }
}
