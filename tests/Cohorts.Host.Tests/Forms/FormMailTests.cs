using System.Text.Json.Nodes;
using Cohorts.Host.Mail;
using Cohorts.Host.Tests.Mail;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.FormCollection;

/// <summary>The form e-mails of the collection (escalation to managers, a coach's form) through a real SMTP server in process.</summary>
public sealed class FormMailTests
{
    [Fact]
    public async Task FormEscalation_ToTheManagers_InFrenchWithTheCohortsFormsLink()
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        var manager = await host.CreateUserAsync("anne@managers.example", "manager");
        var installer = host.Services.GetRequiredService<Cohorts.Host.Programmes.ProgrammeInstaller>();
        var programme = await installer.InstallTemplateAsync(Cohorts.Workflows.Templates.ProgrammeTemplates.Ids[0], manager);
        var cohort = new Cohorts.Workflows.Domain.Cohort(Guid.NewGuid(), programme.Id, "Promotion 2026", new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 18));
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync())
        {
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
        }

        await OweAsync(host, "form/escalation", "form-escalation", $"managers:{cohort.Id:D}", new JsonObject
        {
            ["requestId"] = Guid.NewGuid().ToString(),
            ["cohortId"] = cohort.Id.ToString(),
            ["company"] = "Acme",
            ["cohort"] = "Promotion 2026",
            ["formName"] = new JsonObject { ["en"] = "Check-in", ["fr"] = "Point d'étape" },
            ["dueAt"] = "2026-01-15T10:00:00+01:00",
        });

        var message = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("Formulaire toujours sans réponse\u00a0: Point d'étape (Acme)", message.Subject);
        Assert.Contains("Acme n’a toujours pas répondu au formulaire «\u00a0Point d'étape\u00a0», attendu pour le 15\u00a0janvier\u00a02026", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{CohortsHostFactory.PublicBaseUrl}/manage/cohorts/{cohort.Id:D}/forms", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoachFormRequested_ToTheCoach_LinksToTheFormOnTheCoachsPages()
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        var requestId = Guid.NewGuid();

        await OweAsync(host, "form/coach", "coach-form-requested", "coach@example.org", new JsonObject
        {
            ["requestId"] = requestId.ToString(),
            ["company"] = "Acme",
            ["formName"] = new JsonObject { ["en"] = "Check-in", ["fr"] = "Point d'étape" },
            ["title"] = "Point d'étape de mars",
            ["reminder"] = false,
        });

        var message = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("Formulaire à remplir\u00a0: «\u00a0Point d'étape de mars\u00a0»", message.Subject);
        Assert.Contains($"{CohortsHostFactory.PublicBaseUrl}/coach/forms/{requestId:D}", message.TextBody, StringComparison.Ordinal);
    }

    private static async Task OweAsync(CohortsHostFactory host, string key, string kind, string to, JsonObject data)
    {
        var services = host.Services;
        await using var db = await services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        await MailOutbox.AddAsync(db, key, kind, to, data, services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
        await db.SaveChangesAsync();
        services.GetRequiredService<MailNudge>().Nudge();
    }
}
