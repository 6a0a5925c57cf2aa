using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Aggregation;
using static Cohorts.Workflows.Tests.Forms.SampleForms;

namespace Cohorts.Workflows.Tests.Forms.Aggregation;

/// <summary>A 20-question form of mixed kinds and many answer sets to it, the same every run (seeded).</summary>
internal static class FormAggregationSample
{
    private static readonly string[] Kinds =
    [
        "shortText", "shortText", "shortText", "longText", "longText",
        "singleChoice", "singleChoice", "singleChoice", "singleChoice", "multipleChoice", "multipleChoice",
        "scale", "scale", "scale", "number", "number", "amount", "amount", "date", "yesNo",
    ];

    public static (FormDefinition Form, IReadOnlyList<AnswerRow> Rows) Create(int count)
    {
        var questions = new JsonArray();
        for (var i = 0; i < Kinds.Length; i++)
        {
            var question = Question($"q{i}", Kinds[i], required: false);
            if (Kinds[i] is "singleChoice" or "multipleChoice")
            {
                question["options"] = Options("a", "b", "c", "d", "e");
            }
            else if (Kinds[i] == "scale")
            {
                question["min"] = 1;
                question["max"] = 5;
            }

            questions.Add(question);
        }

        var form = FormReader.Read(new JsonObject { ["id"] = "needs", ["name"] = Texts("Needs", "Besoins"), ["questions"] = questions }.ToJsonString()).Definition!;
        var random = new Random(16);
        var start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        var rows = new List<AnswerRow>(count);
        for (var n = 0; n < count; n++)
        {
            var answers = new JsonObject();
            for (var i = 0; i < Kinds.Length; i++)
            {
                answers[$"q{i}"] = Kinds[i] switch
                {
                    "shortText" => $"Réponse {random.Next(1000)}",
                    "longText" => $"Nous avons compris l'essentiel de l'atelier {random.Next(1000)} et nous ferons la suite.",
                    "singleChoice" => ((char)('a' + random.Next(5))).ToString(),
                    "multipleChoice" => new JsonArray("a", ((char)('b' + random.Next(4))).ToString()),
                    "scale" => random.Next(1, 6),
                    "number" => random.Next(0, 500),
                    "amount" => new JsonObject { ["amount"] = random.Next(0, 1_000_000) / 100m, ["currency"] = "EUR" },
                    "date" => new DateOnly(2020, 1, 1).AddDays(random.Next(2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => random.Next(2) == 0,
                };
            }

            rows.Add(new AnswerRow(answers.ToJsonString(), start.AddMinutes(n)) { CompanyName = $"Company {n}", Sector = $"Sector {n % 7}", Town = $"Town {n % 30}" });
        }

        return (form, rows);
    }
}
