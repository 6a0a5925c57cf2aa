using System.Text.Json.Nodes;

namespace Cohorts.Host.Tests.Mail;

/// <summary>
/// The screening decision's e-mail in both languages, through a real SMTP server: the decision is the application's, so
/// no word agrees with the company's name, and the subject and the body name the cohort alike.
/// </summary>
public sealed class ScreeningDecisionMailTests
{
    private const string Cohort = "OpenLab Clermont — promotion 2026";

    [Theory]
    [InlineData("fr", "accepted", "Votre candidature à la promotion «\u00a0" + Cohort + "\u00a0»\u00a0: retenue", "Nous avons le plaisir de vous annoncer que la candidature d’Atelier Simon est retenue pour la promotion «\u00a0" + Cohort + "\u00a0». Votre coach vous contactera prochainement.")]
    [InlineData("fr", "waitlisted", "Votre candidature à la promotion «\u00a0" + Cohort + "\u00a0»\u00a0: liste d’attente", "La candidature d’Atelier Simon est sur la liste d’attente de la promotion «\u00a0" + Cohort + "\u00a0»\u00a0: nous vous écrirons dès qu’une place se libère.")]
    [InlineData("fr", "rejected", "Votre candidature à la promotion «\u00a0" + Cohort + "\u00a0»", "Nous avons le regret de vous annoncer que la candidature d’Atelier Simon n’a pas été retenue pour la promotion «\u00a0" + Cohort + "\u00a0».")]
    [InlineData("en", "accepted", "Your application to the cohort “" + Cohort + "”: accepted", "We are pleased to tell you that the application of Atelier Simon is accepted for the cohort “" + Cohort + "”. Your coach will contact you shortly.")]
    [InlineData("en", "waitlisted", "Your application to the cohort “" + Cohort + "”: waiting list", "The application of Atelier Simon is on the waiting list for the cohort “" + Cohort + "”: we will write to you as soon as a place opens.")]
    [InlineData("en", "rejected", "Your application to the cohort “" + Cohort + "”", "We are sorry to tell you that the application of Atelier Simon was not accepted for the cohort “" + Cohort + "”.")]
    public async Task SendDue_ScreeningDecision_SpeaksOfTheApplicationAndNamesTheCohortAlike(string culture, string decision, string subject, string news)
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        await MailRows.OweAsync(host, $"screening/{decision}", "screening-decision", "contact@simon.example", new JsonObject
        {
            ["decision"] = decision,
            ["company"] = "Atelier Simon",
            ["cohort"] = Cohort,
            ["culture"] = culture,
        });

        var message = Assert.Single(await smtp.WaitForAsync(1));

        Assert.Equal(subject, message.Subject);
        Assert.Contains(news, message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("retenue dans", message.TextBody, StringComparison.Ordinal);
    }
}
