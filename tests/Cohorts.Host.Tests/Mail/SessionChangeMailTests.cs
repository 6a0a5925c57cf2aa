using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Support;
using MimeKit;

namespace Cohorts.Host.Tests.Mail;

/// <summary>The e-mails of a changed plan, sent to a real SMTP server in process, with the calendar change each carries.</summary>
public sealed class SessionChangeMailTests
{
    [Fact]
    public async Task Rescheduled_InEnglish_SaysTheNewAndTheOldTimeAndUpdatesTheEvent()
    {
        var sessionId = Guid.NewGuid();
        var message = await SendAsync("session-rescheduled", Session(sessionId, "en", ("from", "2030-06-03T08:00:00Z"), ("reason", "The director is away.")));

        Assert.Equal("Session moved: Coaching session 1", message.Subject);
        Assert.Contains("The session “Coaching session 1” moves to another time.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("When: 10 June 2030 at 10:00", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Planned before: 3 June 2030 at 10:00", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reason: The director is away.", message.TextBody, StringComparison.Ordinal);
        var ics = Ics(message, "PUBLISH");
        Assert.Contains("SEQUENCE:330000000", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:CONFIRMED", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Paris:20300610T100000", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_TheIcsNamesItsOrganiser()
    {
        var message = await SendAsync("session-cancelled", Session(Guid.NewGuid(), "en", ("reason", "Strike.")));

        // RFC 5546: a CANCEL names its organiser (the address the e-mails come from), or calendars may not apply it.
        Assert.Matches("ORGANIZER;CN=[^:]+:mailto:", Ics(message, "CANCEL").Replace("\r\n ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OutcomeReminder_OfAnEventOfManyCompanies_SaysEventCountsThemAndLinksToTheEventPage()
    {
        var data = Session(Guid.NewGuid(), "fr", ("kind", "Visit"), ("title", "Forum INOPME"));
        data["companyCount"] = 104;
        data["companies"] = string.Join(", ", Enumerable.Range(1, 104).Select(i => $"Entreprise {i}"));
        data["cohortId"] = Guid.NewGuid().ToString();
        var message = await SendAsync("outcome-reminder", data, "organisateur@example.org");

        Assert.Contains("Le compte rendu de l’événement «\u00a0Forum INOPME\u00a0»", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("104\u00a0entreprises", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Entreprise 57", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("/manage/events/", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_InFrench_SaysWhyAndDropsTheEvent()
    {
        var message = await SendAsync("session-cancelled", Session(Guid.NewGuid(), "fr", ("reason", "Grève.")));

        Assert.Equal("Séance annulée\u00a0: Coaching session 1", message.Subject);
        Assert.Contains("La séance «\u00a0Coaching session 1\u00a0» est annulée.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Motif\u00a0: Grève.", message.TextBody, StringComparison.Ordinal);
        var ics = Ics(message, "CANCEL");
        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandedOver_InFrench_NamesTheNewCoachDropsTheEventAndLinksNowhere()
    {
        var sessionId = Guid.NewGuid();
        var message = await SendAsync("session-handed-over", Session(sessionId, "fr", ("coach", "Julien Martin")));

        Assert.Equal("Séance confiée à un autre coach\u00a0: Coaching session 1", message.Subject);
        Assert.Contains("La séance «\u00a0Coaching session 1\u00a0» est confiée à Julien Martin\u00a0: l’entreprise a changé de coach.", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain($"/coach/sessions/{sessionId:D}", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", Ics(message, "CANCEL"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyRescheduled_InEnglish_NamesTheCoachTheNewAndOldTimeAndLinksToNoCoachPage()
    {
        var sessionId = Guid.NewGuid();
        var data = Session(sessionId, "en", ("from", "2030-06-03T08:00:00Z"), ("reason", "The director is away."), ("coach", "Julien Martin"), ("company", "Acme"));
        data.Remove("companies");
        var message = await SendAsync("company-session-rescheduled", data, "contact@acme.example");

        Assert.Equal("Session moved: Coaching session 1", message.Subject);
        Assert.Contains("Your session “Coaching session 1” with Julien Martin moves to another time.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("When: 10 June 2030 at 10:00", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Previously: 3 June 2030 at 10:00", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reason: The director is away.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("The programme team", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/coach/", message.HtmlBody, StringComparison.Ordinal);
        var ics = Ics(message, "PUBLISH");
        Assert.Contains($"UID:session-{sessionId:D}@cohorts", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:330000000", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Paris:20300610T100000", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("URL", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyPlanned_InFrench_NamesTheCoachAndTheTimeWithTheIcsItsChangesUpdate()
    {
        var sessionId = Guid.NewGuid();
        var data = Session(sessionId, "fr", ("coach", "Julien Martin"), ("company", "Acme"), ("location", "Chartres"), ("replyTo", "julien.martin@coaches.example"));
        data["title"] = "Séance de coaching 1";
        data.Remove("companies");
        var message = await SendAsync("company-session-planned", data, "contact@acme.example");

        Assert.Equal("Séance prévue\u00a0: Séance de coaching 1", message.Subject);
        Assert.Equal("julien.martin@coaches.example", Assert.Single(message.ReplyTo.Mailboxes).Address); // the company answers its coach
        Assert.Contains("Votre séance «\u00a0Séance de coaching 1\u00a0» avec Julien Martin est prévue.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("10\u00a0juin\u00a02030 à 10\u00a0h", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Chartres", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Le fichier joint l’ajoute à votre agenda.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("L’équipe du programme", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/coach/", message.HtmlBody, StringComparison.Ordinal);
        var ics = Ics(message, "PUBLISH");
        Assert.Contains($"UID:session-{sessionId:D}@cohorts", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:330000000", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyHandedOver_InFrench_NamesTheNewCoachAndRepliesToThem()
    {
        var data = Session(Guid.NewGuid(), "fr", ("coach", "Élodie Garnier"), ("company", "Acme"), ("replyTo", "elodie.garnier@coaches.example"));
        data["title"] = "Séance de coaching 2";
        data.Remove("companies");
        var message = await SendAsync("company-session-handed-over", data, "contact@acme.example");

        Assert.Equal("Nouveau coach pour\u00a0: Séance de coaching 2", message.Subject);
        Assert.Contains("Votre séance «\u00a0Séance de coaching 2\u00a0» aura lieu avec Élodie Garnier\u00a0: votre coach a changé.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Le fichier joint met à jour votre agenda.", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("elodie.garnier@coaches.example", Assert.Single(message.ReplyTo.Mailboxes).Address);
        Assert.Contains("SEQUENCE:330000000", Ics(message, "PUBLISH"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyPlanned_InEnglishWithoutACoachAndABadReplyTo_SaysTheSessionIsPlannedWithNoReplyTo()
    {
        var data = Session(Guid.NewGuid(), "en", ("company", "Acme"), ("replyTo", "coach@example.org\r\nBcc: victim@example.org"));
        data.Remove("companies");
        var message = await SendAsync("company-session-planned", data, "contact@acme.example");

        Assert.Empty(message.ReplyTo); // not an address: no Reply-To, no header written from it
        Assert.Empty(message.Bcc);
        Assert.Equal("Session planned: Coaching session 1", message.Subject);
        Assert.Contains("Your session “Coaching session 1” is planned.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("When: 10 June 2030 at 10:00", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyCancelled_ACollectiveEventInFrench_SpeaksOfTheEventAndDropsIt()
    {
        var data = Session(Guid.NewGuid(), "fr", ("reason", "Salle indisponible."), ("company", "Acme"));
        data["kind"] = "Networking";
        data["title"] = "Happy Innov n°3";
        data.Remove("companies");
        var message = await SendAsync("company-session-cancelled", data, "contact@acme.example");

        Assert.Equal("Événement annulé\u00a0: Happy Innov n°3", message.Subject);
        Assert.Contains("L’événement «\u00a0Happy Innov n°3\u00a0» est annulé.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Motif\u00a0: Salle indisponible.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Le fichier joint met à jour votre agenda.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("L’équipe du programme", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", Ics(message, "CANCEL"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyRescheduled_ACollectiveEventInFrench_SaysWhenItWasPlannedWithoutAGender()
    {
        var data = Session(Guid.NewGuid(), "fr", ("from", "2030-06-03T16:00:00Z"), ("company", "Acme"));
        data["kind"] = "Visit";
        data["title"] = "Innov Tour";
        data.Remove("companies");
        var message = await SendAsync("company-session-rescheduled", data, "contact@acme.example");

        Assert.Equal("Événement déplacé\u00a0: Innov Tour", message.Subject);
        Assert.Contains("L’événement «\u00a0Innov Tour\u00a0» change d’horaire.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Auparavant\u00a0: 3\u00a0juin\u00a02030 à 18\u00a0h", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Motif", message.TextBody, StringComparison.Ordinal);
    }

    private static JsonObject Session(Guid sessionId, string culture, params (string Name, string Value)[] more)
    {
        var data = new JsonObject
        {
            ["sessionId"] = sessionId.ToString(),
            ["title"] = "Coaching session 1",
            ["plannedAt"] = "2030-06-10T08:00:00Z",
            ["kind"] = "Coaching",
            ["companies"] = "Acme",
            ["sequence"] = 330_000_000,
            ["culture"] = culture,
        };
        foreach (var (name, value) in more)
        {
            data[name] = value;
        }

        return data;
    }

    private static async Task<MimeMessage> SendAsync(string kind, JsonObject data, string to = "coach@example.org")
    {
        await using var smtp = new TestSmtpServer();
        await using var host = new CohortsHostFactory(settings: smtp.Settings());
        await MailRows.OweAsync(host, $"session/{kind}", kind, to, data);
        return Assert.Single(await smtp.WaitForAsync(1));
    }

    /// <summary>The .ics attachment's text, its media type naming UTF-8 and the method its calendar says.</summary>
    private static string Ics(MimeMessage message, string method)
    {
        var attachment = Assert.IsType<TextPart>(Assert.Single(message.Attachments));
        Assert.Equal(("text/calendar", "utf-8", method), (attachment.ContentType.MimeType, attachment.ContentType.Charset, attachment.ContentType.Parameters["method"]));
        Assert.Contains($"METHOD:{method}", attachment.Text, StringComparison.Ordinal);
        return attachment.Text;
    }
}
