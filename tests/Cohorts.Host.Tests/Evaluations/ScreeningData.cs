using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Evaluations;

/// <summary>What the screening tests share: the application form, an applicant's body, a two-criterion rubric.</summary>
internal static class ScreeningData
{
    public const string FormId = "candidature";

    private static JsonObject Texts(string en, string fr) => new() { ["en"] = en, ["fr"] = fr };

    /// <summary>An application form with a question of every kind but file.</summary>
    public static JsonObject Form() => new()
    {
        ["id"] = FormId,
        ["name"] = Texts("Application", "Candidature"),
        ["questions"] = new JsonArray(
            new JsonObject { ["id"] = "project", ["kind"] = "longText", ["label"] = Texts("Your project", "Votre projet"), ["help"] = Texts("In a few lines.", "En quelques lignes.") },
            new JsonObject { ["id"] = "website", ["kind"] = "shortText", ["label"] = Texts("Website", "Site web"), ["required"] = false },
            new JsonObject
            {
                ["id"] = "stage",
                ["kind"] = "singleChoice",
                ["label"] = Texts("Stage", "Stade"),
                ["options"] = new JsonArray(
                    new JsonObject { ["id"] = "idea", ["label"] = Texts("Idea", "Idée") },
                    new JsonObject { ["id"] = "market", ["label"] = Texts("On the market", "Sur le marché") }),
            },
            new JsonObject
            {
                ["id"] = "topics",
                ["kind"] = "multipleChoice",
                ["label"] = Texts("Topics", "Thèmes"),
                ["required"] = false,
                ["options"] = new JsonArray(
                    new JsonObject { ["id"] = "export", ["label"] = Texts("Export", "Export") },
                    new JsonObject { ["id"] = "digital", ["label"] = Texts("Digital", "Numérique") }),
            },
            new JsonObject { ["id"] = "motivation", ["kind"] = "scale", ["min"] = 1, ["max"] = 5, ["label"] = Texts("Motivation", "Motivation") },
            new JsonObject { ["id"] = "founded", ["kind"] = "date", ["label"] = Texts("Founded on", "Date de création"), ["required"] = false },
            new JsonObject { ["id"] = "employees-planned", ["kind"] = "number", ["min"] = 0, ["label"] = Texts("Hires planned", "Embauches prévues"), ["required"] = false },
            new JsonObject { ["id"] = "revenue", ["kind"] = "amount", ["currency"] = "EUR", ["label"] = Texts("Revenue", "Chiffre d'affaires") },
            new JsonObject { ["id"] = "funded", ["kind"] = "yesNo", ["label"] = Texts("Already funded?", "Déjà financée ?") }),
    };

    /// <summary>An applicant's body, valid.</summary>
    public static JsonObject Applicant(string name) => new()
    {
        ["name"] = name,
        ["sector"] = "industrie",
        ["headcount"] = 12,
        ["location"] = "Nanterre",
        ["contactEmail"] = $"contact@{name.ToLowerInvariant().Replace(' ', '-')}.example.fr",
        ["needs"] = new JsonArray("export"),
        ["answers"] = new JsonObject
        {
            ["project"] = $"{name} : un projet.",
            ["stage"] = "market",
            ["topics"] = new JsonArray("export", "digital"),
            ["motivation"] = 4,
            ["founded"] = "2019-05-02",
            ["revenue"] = new JsonObject { ["amount"] = 850000, ["currency"] = "EUR" },
            ["funded"] = false,
        },
    };

    /// <summary>A round: innovation (weight 2) and team (weight 1), both 1 to 5.</summary>
    public static JsonObject Round(string name, params JsonObject[] evaluators) => new()
    {
        ["name"] = name,
        ["criteria"] = new JsonArray(
            new JsonObject { ["id"] = "innovation", ["label"] = Texts("Innovation", "Innovation"), ["weight"] = 2, ["min"] = 1, ["max"] = 5 },
            new JsonObject { ["id"] = "team", ["label"] = Texts("Team", "Équipe"), ["weight"] = 1, ["min"] = 1, ["max"] = 5 }),
        ["evaluators"] = new JsonArray([.. evaluators]),
    };

    public static JsonObject Evaluator(string email, params Guid[] companies) =>
        companies.Length == 0
            ? new JsonObject { ["email"] = email }
            : new JsonObject { ["email"] = email, ["companyIds"] = new JsonArray([.. companies.Select(c => JsonValue.Create(c))]) };

    public static object Scores(int innovation, int team, string? comment = null) =>
        new { scores = new object[] { new { criterionId = "innovation", value = innovation, comment }, new { criterionId = "team", value = team } } };

    public static async Task<JsonElement> PutJsonAsync(this HttpClient client, string path, object body, HttpStatusCode expected)
    {
        using var response = await client.PutAsync(path, System.Net.Http.Json.JsonContent.Create(body));
        return await response.ReadJsonAsync(expected);
    }

    /// <summary>Publishes the form and opens Les bâtisseurs' call; answers the cohort's id and the link's token.</summary>
    public static async Task<(Guid CohortId, string Token)> OpenCallAsync(CohortsHostFactory factory, HttpClient manager)
    {
        var ids = await DemoIds.ReadAsync(factory);
        using (var published = await manager.PostAsync($"/api/programmes/{DemoIds.Programme}/forms", System.Net.Http.Json.JsonContent.Create(Form())))
        {
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        }

        var call = await manager.PostJsonAsync($"/api/cohorts/{ids.Batisseurs}/applications/call", new { formId = FormId }, HttpStatusCode.Created);
        return (ids.Batisseurs, call.GetProperty("token").GetString()!);
    }
}
