using System.Text.Json.Nodes;
using Cohorts.Host.Mail;
using Cohorts.Host.Tests.Mail;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.FormCollection;

/// <summary>
/// The escalation of a form asked of a coach (about one of their companies): the managers are told which coach has not
/// answered, the company being only what the form is about. Owed as the collection owes it, sent through a real SMTP server.
/// </summary>
public sealed class FormEscalationOfACoachTests
{
    [Theory]
    [InlineData("fr", "Formulaire toujours sans réponse\u00a0: Bilan coach (Alice Durand)", "Alice Durand n’a toujours pas répondu au formulaire «\u00a0Bilan coach\u00a0», malgré une relance.", "Entreprise\u00a0: Rapide & Fils")]
    [InlineData("en", "Form still unanswered: Check-in (Alice Durand)", "Alice Durand has still not answered “Check-in”, despite a reminder.", "Company: Rapide & Fils")]
    public async Task FormEscalation_FormAskedOfACoach_NamesTheCoachNotTheCompany(string culture, string subject, string sentence, string fact)
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        var manager = await host.CreateUserAsync("anne@managers.example", "manager", language: culture);
        var installer = host.Services.GetRequiredService<Cohorts.Host.Programmes.ProgrammeInstaller>();
        var programme = await installer.InstallTemplateAsync(Cohorts.Workflows.Templates.ProgrammeTemplates.Ids[0], manager);
        var cohort = new Cohorts.Workflows.Domain.Cohort(Guid.NewGuid(), programme.Id, "Promotion 2026", new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 18));
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var request = new FormRequest(Guid.NewGuid(), programme.Id, "coach-review", 1, RespondentKind.Coach, now)
        {
            CohortId = cohort.Id,
            CompanyId = Guid.NewGuid(),
            CoachId = Guid.NewGuid(),
            RespondentEmail = "alice@coaches.example",
            RespondentName = "Alice Durand",
        };

        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync())
        {
            db.Cohorts.Add(cohort);
            var facts = new JsonObject
            {
                ["company"] = "Rapide & Fils",
                ["cohort"] = "Promotion 2026",
                ["formName"] = new JsonObject { ["en"] = "Check-in", ["fr"] = "Bilan coach" },
                ["culture"] = culture,
            };
            await MailsOwed.FormEscalationAsync(db, request, facts, now, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        host.Services.GetRequiredService<MailNudge>().Nudge();

        var message = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal(subject, message.Subject);
        Assert.Contains(sentence, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(fact, message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Rapide & Fils n", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Rapide & Fils has", message.TextBody, StringComparison.Ordinal);
    }
}
