using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Aggregation;
using Microsoft.Data.Sqlite;

namespace Cohorts.Bench;

/// <summary>
/// Summing up a form's answers: 10,000 answer sets of a 20-question form of mixed kinds (texts, choices, scales,
/// numbers, amounts, a date, a yes/no) in a SQLite file, as the FormAnswers table holds them (the JSON with the cohort,
/// the company's name, town and sector). Measured: reading the 10,000 rows from the file and
/// <see cref="FormAggregator.Aggregate"/> grouped by sector with a text search, the median of five runs after a warm-up.
/// </summary>
internal static class FormAggregationBenchmark
{
    private const int Answers = 10_000;

    private static readonly string[] Columns = ["$json", "$at", "$cohort", "$company", "$town", "$sector"];

    private static readonly string[] Kinds =
    [
        "shortText", "shortText", "shortText", "longText", "longText",
        "singleChoice", "singleChoice", "singleChoice", "singleChoice", "multipleChoice", "multipleChoice",
        "scale", "scale", "scale", "number", "number", "amount", "amount", "date", "yesNo",
    ];

    public static async Task<Figure> RunAsync(string folder)
    {
        var path = Path.Combine(folder, "answers.db");
        var form = Form();
        await SeedAsync(path);
        var runs = new List<double>();
        for (var run = 0; run < 6; run++)
        {
            var watch = Stopwatch.StartNew();
            var rows = await ReadAsync(path);
            var summary = FormAggregator.Aggregate(form, rows, new Breakdown(BreakdownKind.Sector), "atelier 12");
            watch.Stop();
            if (summary.All.Respondents != Answers || summary.All.Questions.Count != Kinds.Length)
            {
                throw new InvalidOperationException($"The summary counts {summary.All.Respondents} answer sets of {summary.All.Questions.Count} questions.");
            }

            if (run > 0)
            {
                runs.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        runs.Sort();
        return new Figure("aggregate_10000_answers_20_questions_ms", runs[runs.Count / 2], "ms");
    }

    private static FormDefinition Form()
    {
        var questions = new JsonArray();
        for (var i = 0; i < Kinds.Length; i++)
        {
            var question = new JsonObject { ["id"] = $"q{i}", ["kind"] = Kinds[i], ["label"] = new JsonObject { ["en"] = $"Question {i}", ["fr"] = $"Question {i}" }, ["required"] = false };
            if (Kinds[i] is "singleChoice" or "multipleChoice")
            {
                question["options"] = new JsonArray([.. "abcde".Select(o => (JsonNode)new JsonObject { ["id"] = o.ToString(), ["label"] = new JsonObject { ["en"] = o.ToString(), ["fr"] = o.ToString() } })]);
            }
            else if (Kinds[i] == "scale")
            {
                question["min"] = 1;
                question["max"] = 5;
            }

            questions.Add(question);
        }

        var json = new JsonObject { ["id"] = "needs", ["name"] = new JsonObject { ["en"] = "Needs", ["fr"] = "Besoins" }, ["questions"] = questions }.ToJsonString();
        return FormReader.Read(json).Definition ?? throw new InvalidOperationException("The benchmark's form does not read.");
    }

    private static async Task SeedAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE answers (json TEXT NOT NULL, submitted_at TEXT NOT NULL, cohort TEXT, company TEXT, town TEXT, sector TEXT);";
            await create.ExecuteNonQueryAsync();
        }

        var random = new Random(16);
        var start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO answers VALUES ($json, $at, $cohort, $company, $town, $sector);";
        var parameters = Columns.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        for (var n = 0; n < Answers; n++)
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

            parameters[0].Value = answers.ToJsonString();
            parameters[1].Value = start.AddMinutes(n).ToString("O", CultureInfo.InvariantCulture);
            parameters[2].Value = $"cohort-{n % 10}";
            parameters[3].Value = $"Company {n}";
            parameters[4].Value = $"Town {n % 30}";
            parameters[5].Value = $"Sector {n % 7}";
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<List<AnswerRow>> ReadAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT json, submitted_at, cohort, company, town, sector FROM answers;";
        await using var reader = await select.ExecuteReaderAsync();
        var rows = new List<AnswerRow>(Answers);
        while (await reader.ReadAsync())
        {
            rows.Add(new AnswerRow(reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture))
            {
                CohortName = reader.GetString(2),
                CompanyName = reader.GetString(3),
                Town = reader.GetString(4),
                Sector = reader.GetString(5),
            });
        }

        return rows;
    }
}
