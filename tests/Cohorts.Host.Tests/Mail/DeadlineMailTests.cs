using System.Text.Json.Nodes;
using Cohorts.Host.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Mail;

/// <summary>
/// The deadlines the form (the company's and the coach's) and milestone e-mails give, in both languages, through a real
/// SMTP server: "by" is "au plus tard le" (not "avant le", a day early), with the time of day, and no countdown in
/// brackets after the date.
/// </summary>
public sealed class DeadlineMailTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("form-requested", "fr", "2026-12-08T17:00:00Z", "Merci de répondre au plus tard le 8\u00a0décembre\u00a02026 à 18\u00a0h.")]
    [InlineData("form-requested", "en", "2026-12-08T17:00:00Z", "Please answer by 8 December 2026 at 18:00.")]
    [InlineData("form-reminder", "fr", "2026-12-08T17:00:00Z", "Merci de répondre au plus tard le 8\u00a0décembre\u00a02026 à 18\u00a0h.")]
    [InlineData("form-reminder", "en", "2026-12-08T17:00:00Z", "Please answer by 8 December 2026 at 18:00.")]
    [InlineData("form-reminder", "fr", "2026-12-04T17:00:00Z", "Il était attendu le 4\u00a0décembre\u00a02026 à 18\u00a0h.")]
    [InlineData("form-reminder", "en", "2026-12-04T17:00:00Z", "It was due on 4 December 2026 at 18:00.")]
    public async Task SendDue_FormWithADeadline_GivesItsDateAndTimeWithoutACountdown(string kind, string culture, string dueAt, string sentence)
    {
        var message = await SendAsync(kind, "contact@acme.example", new JsonObject
        {
            ["requestId"] = Guid.NewGuid().ToString(),
            ["portalLinkId"] = Guid.NewGuid().ToString(),
            ["company"] = "Acme",
            ["cohort"] = "Promotion 2026",
            ["formName"] = new JsonObject { ["en"] = "Check-in", ["fr"] = "Point d’étape" },
            ["dueAt"] = dueAt,
            ["culture"] = culture,
        });

        Assert.Contains(sentence, message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("avant le", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("(", message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", false, "2026-12-08T17:00:00Z", "Échéance\u00a0: 8\u00a0décembre\u00a02026 à 18\u00a0h")]
    [InlineData("en", false, "2026-12-08T17:00:00Z", "Due: 8 December 2026 at 18:00")]
    [InlineData("fr", true, "2026-12-04T17:00:00Z", "Échéance\u00a0: 4\u00a0décembre\u00a02026 à 18\u00a0h")]
    [InlineData("en", true, "2026-12-04T17:00:00Z", "Due: 4 December 2026 at 18:00")]
    public async Task SendDue_CoachFormWithADeadline_GivesItsDateAndTimeAsAFact(string culture, bool reminder, string dueAt, string fact)
    {
        var message = await SendAsync("coach-form-requested", "coach@example.org", new JsonObject
        {
            ["requestId"] = Guid.NewGuid().ToString(),
            ["company"] = "Acme",
            ["formName"] = new JsonObject { ["en"] = "Coach's review", ["fr"] = "Bilan du coach" },
            ["dueAt"] = dueAt,
            ["reminder"] = reminder,
            ["culture"] = culture,
        });

        Assert.Contains(fact, message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("(", message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Acme n’a toujours pas répondu au formulaire «\u00a0Point d’étape\u00a0», attendu pour le 4\u00a0décembre\u00a02026 à 18\u00a0h, malgré une relance.")]
    [InlineData("en", "Acme has still not answered “Check-in”, due 4 December 2026 at 18:00, despite a reminder.")]
    public async Task SendDue_FormEscalation_GivesTheDeadlineWithItsTime(string culture, string sentence)
    {
        var message = await SendAsync("form-escalation", "manager@example.org", new JsonObject
        {
            ["requestId"] = Guid.NewGuid().ToString(),
            ["company"] = "Acme",
            ["cohort"] = "Promotion 2026",
            ["formName"] = new JsonObject { ["en"] = "Check-in", ["fr"] = "Point d’étape" },
            ["dueAt"] = "2026-12-04T17:00:00Z",
            ["culture"] = culture,
        });

        Assert.Contains(sentence, message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Le jalon «\u00a0Revue à mi-parcours\u00a0» arrive à échéance dans 2\u00a0jours, le 8\u00a0décembre\u00a02026 à 18\u00a0h.")]
    [InlineData("en", "The milestone “Revue à mi-parcours” is due in 2 days, on 8 December 2026 at 18:00.")]
    public async Task SendDue_MilestoneDueSoon_SaysWhenInWordsThenTheDateAndTime(string culture, string sentence)
    {
        var message = await SendAsync("milestone-due-soon", "funder@bank.example", new JsonObject
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

    private static async Task<MimeKit.MimeMessage> SendAsync(string kind, string to, JsonObject data)
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(clock: new FakeTimeProvider(Now), settings: smtp.Settings());
        await MailRows.OweAsync(host, $"{kind}/deadline", kind, to, data, nudge: false);
        await host.Services.GetRequiredService<MailSender>().SendDueAsync(CancellationToken.None);
        return Assert.Single(await smtp.WaitForAsync(1));
    }
}
