using System.Text.Json.Nodes;
using Cohorts.Host.Mail;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Cohorts.Host.Tests.Mail;

/// <summary>The mail outbox's sender against a real SMTP server in process, and the pickup folder.</summary>
public sealed class MailTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendDue_OutcomeReminderWithoutLanguage_ArrivesInFrenchWithTheSessionLink()
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        var sessionId = Guid.NewGuid();
        var id = await OweAsync(host, "session/reminder", "outcome-reminder", "coach@example.org", new JsonObject
        {
            ["sessionId"] = sessionId.ToString(),
            ["title"] = "Séance de cadrage",
            ["plannedAt"] = "2026-01-15T10:00:00+01:00",
        });

        var message = Assert.Single(await smtp.WaitForAsync(1));

        Assert.Equal("Compte rendu à saisir\u00a0: Séance de cadrage", message.Subject);
        Assert.Equal($"{id:D}@cohorts.test", message.MessageId);
        Assert.Equal("coach@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("programmes@cohorts.test", Assert.Single(message.From.Mailboxes).Address);
        Assert.Contains($"{CohortsHostFactory.PublicBaseUrl}/coach/sessions/{sessionId:D}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{CohortsHostFactory.PublicBaseUrl}/coach/sessions/{sessionId:D}\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("du 15\u00a0janvier\u00a02026 à 10\u00a0h", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("«\u00a0Séance de cadrage\u00a0»", message.TextBody, StringComparison.Ordinal);
        await Eventually.TrueAsync(async token => (await RowAsync(host, id, token)).SentAt is not null);
    }

    [Theory]
    [InlineData("fr", "Compte rendu à saisir\u00a0: Séance de coaching n°5 avec Atelier Simon", "Avec\u00a0: Atelier Simon")]
    [InlineData("en", "Outcome to record: Séance de coaching n°5 with Atelier Simon", "With: Atelier Simon")]
    public async Task SendDue_OutcomeReminderOfASeries_NamesTheCompanyInTheSubjectAndTheBody(string culture, string subject, string fact)
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        await OweAsync(host, "session/reminder-5", "outcome-reminder", "coach@example.org", new JsonObject
        {
            ["sessionId"] = Guid.NewGuid().ToString(),
            ["title"] = "Séance de coaching n°5",
            ["plannedAt"] = "2026-01-15T10:00:00+01:00",
            ["companies"] = "Atelier Simon",
            ["culture"] = culture,
        });

        var message = Assert.Single(await smtp.WaitForAsync(1));

        Assert.Equal(subject, message.Subject);
        Assert.Contains(fact, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_InvitationInEnglish_ArrivesInEnglishWithItsLink()
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        await OweAsync(host, "invitation/1", "invitation", "new.coach@example.org", new JsonObject
        {
            ["url"] = $"{CohortsHostFactory.PublicBaseUrl}/account/accept?token=abc",
            ["role"] = "coach",
            ["invitedBy"] = "Claire Martin",
            ["expiresAt"] = "2030-01-08T09:00:00Z",
            ["culture"] = "en",
        });

        var message = Assert.Single(await smtp.WaitForAsync(1));

        Assert.Equal("Your invitation to Cohorts", message.Subject);
        Assert.Contains("Claire Martin invites you to Cohorts as a coach.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("8 January 2030 at 10:00", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{CohortsHostFactory.PublicBaseUrl}/account/accept?token=abc", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_SessionPlanned_CarriesTheSessionAsAnIcsAttachment()
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        var sessionId = Guid.NewGuid();
        var id = await OweAsync(host, "session/planned", "session-planned", "coach@example.org", new JsonObject
        {
            ["sessionId"] = sessionId.ToString(),
            ["title"] = "Coaching session 1",
            ["plannedAt"] = "2030-06-03T08:00:00Z",
            ["kind"] = "Coaching",
            ["location"] = "Rennes",
            ["companies"] = "Acme",
            ["culture"] = "en",
        });

        await Eventually.TrueAsync(async token => await RowAsync(host, id, token) is { } row && (row.SentAt is not null || row.Attempts > 0));
        Assert.Null((await RowAsync(host, id, CancellationToken.None)).LastError);
        var message = Assert.Single(await smtp.WaitForAsync(1));

        Assert.Equal("Session planned: Coaching session 1", message.Subject);
        var attachment = Assert.IsType<TextPart>(Assert.Single(message.Attachments));
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        Assert.Equal("session.ics", attachment.FileName);
        var ics = attachment.Text;
        Assert.Contains($"UID:session-{sessionId:D}@cohorts", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Paris:20300603T100000", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Rennes", ics, StringComparison.Ordinal);
        Assert.Contains("METHOD:PUBLISH", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_HostStoppedBeforeSending_SendsOnceAfterTheRestart()
    {
        using var files = new HostFiles();
        await using var smtp = new TestSmtpServer();
        Guid id;

        // The row commits, then the host stops before the message leaves (its transport never answers).
        await using (var first = new CohortsHostFactory(files, settings: smtp.Settings()).WithWebHostBuilder(
            builder => builder.ConfigureServices(services => services.AddSingleton<IMailTransport, SilentTransport>())))
        {
            id = await OweAsync(first, "screening/1", "screening-decision", "contact@acme.example", Screening());
            await Task.Delay(200);
            Assert.Null((await RowAsync(first, id, CancellationToken.None)).SentAt);
        }

        await using (var second = new CohortsHostFactory(files, settings: smtp.Settings()))
        {
            _ = second.Services;
            await smtp.WaitForAsync(1);
            await Eventually.TrueAsync(async token => (await RowAsync(second, id, token)).SentAt is not null);
        }

        await using (var third = new CohortsHostFactory(files, settings: smtp.Settings()))
        {
            await third.Services.GetRequiredService<MailSender>().SendDueAsync(CancellationToken.None);
        }

        var message = Assert.Single(smtp.Received);
        Assert.Equal($"{id:D}@cohorts.test", message.MessageId);
        Assert.Equal("Votre candidature à la promotion «\u00a0Promotion 2026\u00a0»\u00a0: retenue", message.Subject);
    }

    [Fact]
    public async Task SendDue_ServerRefuses_TriedAgainOnceTheBackOffEnded()
    {
        await using var smtp = new TestSmtpServer { RefuseNext = 1 };
        var clock = new FakeTimeProvider(Start);
        await using var host = new CohortsHostFactory(clock: clock, settings: smtp.Settings());
        var sender = host.Services.GetRequiredService<MailSender>();
        var id = await OweAsync(host, "screening/2", "screening-decision", "contact@acme.example", Screening());
        await sender.SendDueAsync(CancellationToken.None);

        var failed = await RowAsync(host, id, CancellationToken.None);
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(Start.AddSeconds(10), failed.NextAttemptAt);
        Assert.Empty(smtp.Received);

        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));

        Assert.Single(smtp.Received);
        Assert.Equal(Start.AddSeconds(10), (await RowAsync(host, id, CancellationToken.None)).SentAt);
    }

    [Fact]
    public async Task SendDue_NoSmtpHost_WritesAnEmlFileIntoThePickupFolder()
    {
        await using var host = new CohortsHostFactory();
        var id = await OweAsync(host, "reset/1", "password-reset", "someone@example.org", new JsonObject
        {
            ["url"] = $"{CohortsHostFactory.PublicBaseUrl}/account/reset?token=xyz",
            ["expiresAt"] = "2030-01-01T12:00:00Z",
            ["culture"] = "fr",
        });
        await host.Services.GetRequiredService<MailSender>().SendDueAsync(CancellationToken.None);

        var file = Path.Combine(host.Files.Folder, "mail", $"{id:D}_cohorts.test.eml");
        await Eventually.TrueAsync(_ => Task.FromResult(File.Exists(file)));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Réinitialisez votre mot de passe Cohorts", message.Subject);
        Assert.Contains("jusqu’au 1er\u00a0janvier\u00a02030 à 13\u00a0h", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("/account/reset?token=xyz", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_EscalationToACohortsManagers_SendsOneMessageToEachManager()
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        var first = await host.CreateUserAsync("anne@managers.example", "manager");
        var second = await host.CreateUserAsync("bruno@managers.example", "manager");
        var installer = host.Services.GetRequiredService<Cohorts.Host.Programmes.ProgrammeInstaller>();
        var programme = await installer.InstallTemplateAsync(Cohorts.Workflows.Templates.ProgrammeTemplates.Ids[0], first);
        await installer.GrantAsync(programme.Id, second);
        var cohort = new Cohorts.Workflows.Domain.Cohort(Guid.NewGuid(), programme.Id, "Promotion 2026", new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 18));
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync())
        {
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
        }

        var id = await OweAsync(host, "session/escalation", "outcome-escalation", $"managers:{cohort.Id:D}", new JsonObject
        {
            ["sessionId"] = Guid.NewGuid().ToString(),
            ["cohortId"] = cohort.Id.ToString(),
            ["title"] = "Séance 3",
            ["plannedAt"] = "2026-01-15T10:00:00+01:00",
            ["coach"] = "Alice Durand",
        });

        var messages = await smtp.WaitForAsync(2);

        Assert.Equal(["anne@managers.example", "bruno@managers.example"], messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(messages, m => Assert.Equal("Compte rendu toujours manquant\u00a0: Séance 3", m.Subject));
        Assert.All(messages, m => Assert.Contains($"{CohortsHostFactory.PublicBaseUrl}/manage/cohorts/{cohort.Id:D}", m.TextBody, StringComparison.Ordinal));
        Assert.Equal(2, messages.Select(m => m.MessageId).Distinct().Count());
        Assert.All(messages, m => Assert.StartsWith($"{id:D}.", m.MessageId, StringComparison.Ordinal));
        await Eventually.TrueAsync(async token => (await RowAsync(host, id, token)).SentAt is not null);
    }

    private static JsonObject Screening() => new()
    {
        ["decision"] = "accepted",
        ["company"] = "Acme",
        ["cohort"] = "Promotion 2026",
    };

    private static Task<Guid> OweAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string key, string kind, string to, JsonObject data) =>
        MailRows.OweAsync(host, key, kind, to, data);

    private static Task<OutgoingMessage> RowAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, Guid id, CancellationToken cancellationToken) =>
        MailRows.RowAsync(host, id, cancellationToken);

    /// <summary>A transport that never answers: the host stops while the message is on its way.</summary>
    private sealed class SilentTransport : IMailTransport
    {
        public string Destination => "nowhere";

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
