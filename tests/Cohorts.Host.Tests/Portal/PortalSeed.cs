using Cohorts.Host.Portal;
using Cohorts.Host.Tests.Funder;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Portal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Portal;

/// <summary>
/// Portal test data on the demo installation: a company's link (made as <see cref="PortalLinks.EnsureAsync"/> makes
/// it, its token from the host's key ring), a published form, and form requests inserted as the CollectForm activity
/// will insert them.
/// </summary>
internal static class PortalSeed
{
    /// <summary>A form with a question of most kinds, in English and French.</summary>
    public const string CheckInJson = """
        {
          "id": "__ID__",
          "name": { "en": "Quarterly check-in", "fr": "Point trimestriel" },
          "questions": [
            { "id": "revenue", "kind": "amount", "currency": "EUR", "label": { "en": "Revenue", "fr": "Chiffre d'affaires" } },
            { "id": "headcount", "kind": "number", "min": 0, "label": { "en": "Headcount", "fr": "Effectif" },
              "help": { "en": "People on the payroll.", "fr": "Salariés inscrits au registre." } },
            { "id": "mood", "kind": "scale", "min": 1, "max": 5, "label": { "en": "How is it going?", "fr": "Comment cela se passe-t-il ?" } },
            { "id": "hiring", "kind": "yesNo", "label": { "en": "Are you hiring?", "fr": "Recrutez-vous ?" } },
            { "id": "topics", "kind": "multipleChoice", "required": false, "label": { "en": "Topics", "fr": "Sujets" },
              "options": [ { "id": "sales", "label": { "en": "Sales", "fr": "Ventes" } }, { "id": "people", "label": { "en": "People", "fr": "Ressources humaines" } } ] },
            { "id": "highlights", "kind": "longText", "required": false, "label": { "en": "Highlights", "fr": "Faits marquants" } },
            { "id": "next-review", "kind": "date", "required": false, "label": { "en": "Next review", "fr": "Prochaine revue" } }
          ]
        }
        """;

    /// <summary>A form asking for a file.</summary>
    public const string FileJson = """
        {
          "id": "__ID__",
          "name": { "en": "Business plan", "fr": "Plan d'affaires" },
          "questions": [
            { "id": "title", "kind": "shortText", "label": { "en": "Title", "fr": "Titre" } },
            { "id": "deck", "kind": "file", "label": { "en": "Your plan (PDF)", "fr": "Votre plan (PDF)" } }
          ]
        }
        """;

    /// <summary>A company of the demo cohort (by name order) with an active link.</summary>
    public static async Task<Seeded> LinkAsync(WebApplicationFactory<Program> factory, int companyIndex)
    {
        var clock = factory.Services.GetRequiredService<TimeProvider>();
        await using var db = await factory.DomainAsync();
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Name == FunderData.Batisseurs);
        var company = (await db.Companies.AsNoTracking().Where(c => c.CohortId == cohort.Id).ToListAsync()).OrderBy(c => c.Name, StringComparer.Ordinal).ElementAt(companyIndex);
        var link = await PortalLinks.EnsureAsync(db, company.Id, company.ContactEmail, clock.GetUtcNow(), "test", CancellationToken.None);
        await db.SaveChangesAsync();
        var token = factory.Services.GetRequiredService<PortalTokens>().For(link.Id);
        return new Seeded(company.Id, cohort.Id, cohort.ProgrammeId, link.Id, token, company.ContactEmail, company.Name);
    }

    /// <summary>Publishes the check-in form under a new id; answers the id.</summary>
    public static async Task<string> PublishAsync(WebApplicationFactory<Program> factory, string programmeId, string json = CheckInJson)
    {
        var formId = "check-in-" + Guid.NewGuid().ToString("N")[..12];
        var definition = FormReader.Read(json.Replace("__ID__", formId, StringComparison.Ordinal)).Definition!;
        await using var db = await factory.DomainAsync();
        db.FormVersions.Add(new FormVersion(programmeId, formId, 1, FormJson.Write(definition), factory.Services.GetRequiredService<TimeProvider>().GetUtcNow(), "test"));
        await db.SaveChangesAsync();
        return formId;
    }

    /// <summary>Asks the company to answer a form (a new form unless one is given); answers the request's id.</summary>
    public static async Task<Guid> RequestAsync(WebApplicationFactory<Program> factory, Seeded seeded, string? formId = null, TimeSpan? dueIn = null, RespondentKind respondent = RespondentKind.Company)
    {
        formId ??= await PublishAsync(factory, seeded.ProgrammeId);
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var request = new FormRequest(Guid.CreateVersion7(now), seeded.ProgrammeId, formId, 1, respondent, now)
        {
            CohortId = seeded.CohortId,
            CompanyId = seeded.CompanyId,
            DueAt = now + (dueIn ?? TimeSpan.FromDays(14)),
        };
        await using var db = await factory.DomainAsync();
        db.FormRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    /// <summary>The stored answer of a request, or null.</summary>
    public static async Task<FormAnswer?> AnswerAsync(WebApplicationFactory<Program> factory, Guid requestId)
    {
        await using var db = await factory.DomainAsync();
        return await db.FormAnswers.AsNoTracking().SingleOrDefaultAsync(a => a.RequestId == requestId);
    }

    /// <summary>A company with its portal link.</summary>
    public sealed record Seeded(Guid CompanyId, Guid CohortId, string ProgrammeId, Guid LinkId, string Token, string Email, string CompanyName);
}
