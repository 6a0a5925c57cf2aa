using System.Text.Json.Nodes;
using Cohorts.Host.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Mail;

/// <summary>Small points of wording and markup of the e-mails, through a real SMTP server.</summary>
public sealed class MailWordingTests
{
    [Fact]
    public async Task SendDue_OutcomeReminderInEnglish_SaysTheSessionOnItsDate()
    {
        var message = await SendAsync("outcome-reminder", "coach@example.org", new JsonObject
        {
            ["sessionId"] = Guid.NewGuid().ToString(),
            ["title"] = "Séance 3",
            ["plannedAt"] = "2026-01-15T10:00:00+01:00",
            ["culture"] = "en",
        });

        Assert.Contains("The outcome of the session “Séance 3” on 15 January 2026 at 10:00", message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Reset your Cohorts password", "Someone asked to reset the password of your Cohorts account.")]
    [InlineData("fr", "Réinitialisez votre mot de passe Cohorts", "Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Cohorts.")]
    public async Task SendDue_PasswordReset_AsksToResetWithoutSuggestingAPasswordIsEnclosed(string culture, string subject, string sentence)
    {
        var message = await SendAsync("password-reset", "someone@example.org", new JsonObject
        {
            ["url"] = $"{CohortsHostFactory.PublicBaseUrl}/account/reset?token=xyz",
            ["expiresAt"] = "2030-01-01T12:00:00Z",
            ["culture"] = culture,
        });

        Assert.Equal(subject, message.Subject);
        Assert.Contains(sentence, message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task SendDue_AnyMail_HtmlPartNamesItsLanguage(string culture)
    {
        var message = await SendAsync("screening-decision", "contact@acme.example", Screening(culture, reasons: null));

        Assert.Contains($"<html lang=\"{culture}\">", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_ReasonsOnTwoLines_KeepTheirLineBreakInTheHtmlPart()
    {
        var message = await SendAsync("screening-decision", "contact@acme.example", Screening("en", "Market not tested yet.\nTeam <3 people & part-time."));

        Assert.Contains("Market not tested yet.<br>Team &lt;3 people &amp; part-time.", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Market not tested yet.\nTeam <3 people & part-time.", message.TextBody?.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static JsonObject Screening(string culture, string? reasons) => new()
    {
        ["decision"] = "rejected",
        ["company"] = "Acme",
        ["cohort"] = "Promotion 2026",
        ["reasons"] = reasons,
        ["culture"] = culture,
    };

    private static async Task<MimeKit.MimeMessage> SendAsync(string kind, string to, JsonObject data)
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        await MailRows.OweAsync(host, $"{kind}/wording", kind, to, data);
        await host.Services.GetRequiredService<MailSender>().SendDueAsync(CancellationToken.None);
        return Assert.Single(await smtp.WaitForAsync(1));
    }
}
