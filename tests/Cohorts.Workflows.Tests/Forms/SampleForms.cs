using System.Text.Json.Nodes;

namespace Cohorts.Workflows.Tests.Forms;

/// <summary>A form with one question of each kind, as JSON to change in each test.</summary>
internal static class SampleForms
{
    public static JsonObject Texts(string en, string fr) => new() { ["en"] = en, ["fr"] = fr };

    public static JsonObject Question(string id, string kind, bool required = true) =>
        new() { ["id"] = id, ["kind"] = kind, ["label"] = Texts($"Question {id}", $"Question {id}"), ["required"] = required };

    public static JsonArray Options(params string[] ids) =>
        [.. ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["label"] = Texts(id, id) })];

    public static JsonObject EveryKind()
    {
        var sector = Question("sector", "singleChoice");
        sector["options"] = Options("tech", "food", "craft");
        var needs = Question("needs", "multipleChoice", required: false);
        needs["options"] = Options("finance", "hiring", "export");
        var satisfaction = Question("satisfaction", "scale");
        satisfaction["min"] = 0;
        satisfaction["max"] = 10;
        var employees = Question("employees", "number");
        employees["min"] = 0;
        employees["max"] = 500;
        var revenue = Question("revenue", "amount");
        revenue["currency"] = "EUR";
        revenue["help"] = Texts("Last closed year.", "Dernier exercice clos.");
        return new JsonObject
        {
            ["id"] = "application",
            ["name"] = Texts("Application", "Candidature"),
            ["questions"] = new JsonArray(
                Question("company-name", "shortText"),
                Question("project", "longText", required: false),
                sector,
                needs,
                satisfaction,
                employees,
                revenue,
                Question("founded", "date"),
                Question("incorporated", "yesNo"),
                Question("pitch-deck", "file", required: false)),
        };
    }

    public static JsonObject ValidAnswers() => new()
    {
        ["company-name"] = "Atelier Dupont",
        ["project"] = "Export to Belgium.",
        ["sector"] = "craft",
        ["needs"] = new JsonArray("finance", "export"),
        ["satisfaction"] = 8,
        ["employees"] = 12,
        ["revenue"] = new JsonObject { ["amount"] = 1_250_000.50m, ["currency"] = "EUR" },
        ["founded"] = "2019-04-01",
        ["incorporated"] = true,
        ["pitch-deck"] = "files/3f2a",
    };
}
