using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Funder;
using Cohorts.Workflows.Forms;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.FormSynthesis;

/// <summary>A conference follow-up form of the demo's "Les bâtisseurs" programme, asked of four companies and answered by three.</summary>
internal static class SurveyAnswers
{
    public const string FormId = "conference-follow-up";

    public const string Injection = "=HYPERLINK(\"https://evil.example\")";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly Dictionary<WebApplicationFactory<Program>, (string, Guid, IReadOnlyList<Guid>)> Seeded = [];

    /// <summary>Seeds the answers once per host.</summary>
    public static async Task<(string ProgrammeId, Guid CohortId, IReadOnlyList<Guid> Companies)> SeedOnceAsync(this WebApplicationFactory<Program> factory)
    {
        await Once.WaitAsync();
        try
        {
            if (!Seeded.TryGetValue(factory, out var seeded))
            {
                Seeded[factory] = seeded = await factory.SeedAsync();
            }

            return seeded;
        }
        finally
        {
            Once.Release();
        }
    }

    public static async Task<(string ProgrammeId, Guid CohortId, IReadOnlyList<Guid> Companies)> SeedAsync(this WebApplicationFactory<Program> factory)
    {
        var cohort = await factory.CohortAsync();
        List<Guid> companies;
        await using (var db = await factory.DomainAsync())
        {
            companies = await db.Companies.Where(c => c.CohortId == cohort.Id).OrderBy(c => c.Name).Select(c => c.Id).Take(4).ToListAsync();
        }

        await factory.Services.GetRequiredService<FormService>().PublishAsync(cohort.ProgrammeId, Form().ToJsonString(), "manager@cohorts.demo");
        JsonObject[] answers =
        [
            new() { ["useful"] = "yes-very", ["rating"] = 5, ["budget"] = new JsonObject { ["amount"] = 1000, ["currency"] = "EUR" }, ["understood"] = "Nous avons compris l'intérêt d'une école de production.", ["again"] = true },
            new() { ["useful"] = "yes-very", ["rating"] = 4, ["budget"] = new JsonObject { ["amount"] = 3000, ["currency"] = "EUR" }, ["understood"] = Injection, ["again"] = true },
            new() { ["useful"] = "not-really", ["rating"] = 2, ["again"] = false },
        ];
        var submit = factory.Services.GetRequiredService<FormAnswerService>();
        var now = DateTimeOffset.Parse("2026-03-16T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < companies.Count; i++)
        {
            var request = new FormRequest(Guid.NewGuid(), cohort.ProgrammeId, FormId, 1, RespondentKind.Company, now) { CohortId = cohort.Id, CompanyId = companies[i] };
            await using (var db = await factory.DomainAsync())
            {
                db.FormRequests.Add(request);
                await db.SaveChangesAsync();
            }

            if (i < answers.Length)
            {
                await submit.SubmitAsync(request.Id, answers[i], "contact@example.fr");
            }
        }

        return (cohort.ProgrammeId, cohort.Id, companies);
    }

    private static JsonObject Texts(string en, string fr) => new() { ["en"] = en, ["fr"] = fr };

    private static JsonObject Form() => new()
    {
        ["id"] = FormId,
        ["name"] = Texts("Conference follow-up", "Suites de la conférence"),
        ["questions"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "useful", ["kind"] = "singleChoice", ["label"] = Texts("Was it useful?", "Était-ce utile ?"), ["required"] = true,
                ["options"] = new JsonArray(
                    new JsonObject { ["id"] = "yes-very", ["label"] = Texts("Very", "Très") },
                    new JsonObject { ["id"] = "not-really", ["label"] = Texts("Not really", "Pas vraiment") }),
            },
            new JsonObject { ["id"] = "rating", ["kind"] = "scale", ["label"] = Texts("Rating", "Note"), ["required"] = true, ["min"] = 1, ["max"] = 5 },
            new JsonObject { ["id"] = "budget", ["kind"] = "amount", ["label"] = Texts("Budget planned", "Budget prévu"), ["required"] = false },
            new JsonObject { ["id"] = "understood", ["kind"] = "longText", ["label"] = Texts("What did we understand?", "Qu'avons-nous compris ?"), ["required"] = false },
            new JsonObject { ["id"] = "again", ["kind"] = "yesNo", ["label"] = Texts("Would you come again?", "Reviendriez-vous ?"), ["required"] = true }),
    };
}
