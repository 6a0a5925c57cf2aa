using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Expressions;
using Cohorts.Engine.Expressions.Direct;
using Jint;

namespace Cohorts.Engine.Tests.Expressions;

/// <summary>
/// Plain reads are evaluated on the JSON values without Jint (DirectExpression): every expression must give exactly what
/// Jint gives (the same node, the same JSON, the same error), and the reads workflows use must really skip Jint.
/// </summary>
public sealed class DirectExpressionTests
{
    private static readonly ScriptPreparationOptions Options = new() { ParsingOptions = new ScriptParsingOptions { Tolerant = false } };

    private static readonly string[] Written =
    [
        "input.cohortStart", "input.cohortId", "screening === 'accepted'", "occurrenceSessionId", "approval.by",
        "({ company: correlationId, cohort: input.cohort, seats: input.seats, coach: input.contacts[0].name })",
        "input", "variables", "input.contacts", "input['cohort']", "input.contacts[0]['name']", "[input.seats, 'a', 1, true, null]",
        "screening !== 'accepted'", "seats == 12", "seats != 13", "!flag", "flag && screening", "flag || screening", "missing || 'x'",
        "flag ? input.cohort : 'none'", "(screening)", "({ nested: { list: [input.seats, { deep: flag }] } })", "-1",
        "input.text", "input.numbers", "input.numbers[2]", "input.numbers[4]", "input.keyed", "input.keyed.b", "input.keyed['1']",
        "input.nested", "input.nested.deep.a.b.c", "input.emoji", "input.nothing", "input.nothing === null", "null == input.nothing",
        "input.empty === ''", "!input.empty", "!input.numbers[0]", "!input.numbers", "input.seats === 12.0", "'12' == input.seats",
        "input.seats == true", "input === input", "input.contacts === input.contacts", "input.contacts.length", "input.cohort.length",
        "input.missing", "input.missing.deep", "input.nothing.deep", "notDefined", "undefined", "NaN", "Infinity", "Math",
        "Math.PI", "globalThis", "JSON", "variables.screening", "variables.variables", "correlationId", "typeof input",
        "input?.cohort", "`${input.cohort}`", "input.seats + 1", "[...input.contacts]", "[1, , 2]", "({ __proto__: input })",
        "({ '1': 'a', b: 'b' })", "({ a: 1, a: 2 })", "({ [screening]: 1 })", "({ screening })", "({ x: 1.5 })", "({ x: 1e21 })",
        "({ x: input.numbers })", "input.numbers[3] === 1e21", "input.big", "({ b: input.big })", "'a' === 'a'", "1 === 1",
        "true", "false", "null", "'\ud83d\ude00'", "({ s: '\ud83d\ude00' })", "({ s: input.emoji })", "input.proto",
        "input.proto.__proto__", "input.toString", "({ t: input.toString })", "input.case", "input.Case", "'use strict'",
        "screening; flag", "(screening, flag)", "Screening", "input.Cohort", "input.CASE", "Input", "input.keyed.B",
    ];

    [Fact]
    public void Evaluate_EveryExpressionOverEveryScope_GivesWhatJintGives()
    {
        var direct = new JintExpressionEvaluator();
        var jint = new JintExpressionEvaluator(direct: false);

        foreach (var scope in Scopes())
        {
            foreach (var expression in Written)
            {
                Assert.Equal(Outcome(jint, expression, scope), Outcome(direct, expression, scope));
            }
        }
    }

    [Fact]
    public void Evaluate_ManyGeneratedExpressions_GiveWhatJintGives()
    {
        var direct = new JintExpressionEvaluator();
        var jint = new JintExpressionEvaluator(direct: false);
        var random = new Random(20261205);
        var scopes = Scopes().ToList();

        for (var i = 0; i < 3_000; i++)
        {
            var expression = Generate(random, depth: 0);
            var scope = scopes[random.Next(scopes.Count)];
            Assert.Equal(Outcome(jint, expression, scope), Outcome(direct, expression, scope));
        }
    }

    [Theory]
    [InlineData("input.cohortStart")]
    [InlineData("screening === 'accepted'")]
    [InlineData("occurrenceSessionId")]
    [InlineData("({ company: correlationId, cohort: input.cohort, seats: input.seats, coach: input.contacts[0].name })")]
    [InlineData("flag ? input.cohort : 'none'")]
    [InlineData("approval.by")]
    public void Evaluate_PlainReadsWorkflowsUse_NeverRentAJintEngine(string expression)
    {
        var evaluator = new JintExpressionEvaluator();
        Assert.NotNull(DirectExpressionCompiler.TryCompile(Jint.Engine.PrepareScript(expression, options: Options).Program!));

        foreach (var scope in Scopes().Where(s => s.CorrelationId is "acme" or "web"))
        {
            evaluator.Evaluate(expression, scope);
        }

        Assert.Equal(0, evaluator.Engines.IdleCount);
    }

    [Theory]
    [InlineData("input.seats + 1")]
    [InlineData("input?.cohort")]
    [InlineData("`${input.cohort}`")]
    [InlineData("Math.max(1, 2)")]
    [InlineData("[...input.contacts]")]
    [InlineData("[1, , 2]")]
    [InlineData("({ __proto__: input })")]
    [InlineData("({ '1': 'a' })")]
    [InlineData("({ a: 1, a: 2 })")]
    [InlineData("({ [screening]: 1 })")]
    [InlineData("undefined")]
    [InlineData("'use strict'")]
    [InlineData("screening; flag")]
    [InlineData("input.seats > 1")]
    public void TryCompile_WhatOnlyJintEvaluates_IsNotCompiled(string expression) =>
        Assert.Null(DirectExpressionCompiler.TryCompile(Jint.Engine.PrepareScript(expression, options: Options).Program!));

    [Fact]
    public void Evaluate_AMemberThatIsNotThere_IsLeftToJint()
    {
        var evaluator = new JintExpressionEvaluator();
        var scope = Scopes().First();

        Assert.Null(evaluator.Evaluate("input.missing", scope));
        Assert.Equal(1, evaluator.Engines.IdleCount);
        Assert.Throws<ExpressionException>(() => evaluator.Evaluate("input.missing.deep", scope));
    }

    private static string Outcome(JintExpressionEvaluator evaluator, string expression, ExpressionScope scope)
    {
        try
        {
            var result = evaluator.Evaluate(expression, scope);
            return $"{expression} => {result?.GetType().Name}:{result?.GetValueKind()}:{result?.ToJsonString()}";
        }
        catch (ExpressionException ex)
        {
            return $"{expression} => {ex.GetType().Name}: {ex.Message}";
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return $"{expression} => {ex.GetType().Name}";
        }
    }

    private static IEnumerable<ExpressionScope> Scopes()
    {
        const string Input = """
            {
              "cohort": "boost-2026", "cohortId": "c-1", "cohortStart": "2026-01-12", "seats": 12,
              "contacts": [{ "name": "Claire Dubois" }, { "name": "Julien Martin" }],
              "text": "Atelier \"quoted\" é", "emoji": "\ud83d\ude00", "empty": "", "nothing": null,
              "numbers": [0, -0, 3.50, 1e21, 12.0, -7],
              "keyed": { "b": "b", "1": "one", "a": "a" }, "big": 9007199254740993,
              "nested": { "deep": { "a": { "b": { "c": "d" } } } },
              "proto": { "__proto__": "own" }, "case": "lower", "Case": "upper"
            }
            """;
        yield return new(
            new JsonObject { ["screening"] = "accepted", ["occurrenceSessionId"] = "s-1", ["approval"] = new JsonObject { ["by"] = "Claire" }, ["flag"] = true, ["seats"] = 12 },
            JsonNode.Parse(Input),
            "acme");
        yield return new(
            new JsonObject { ["screening"] = "rejected", ["occurrenceSessionId"] = null, ["flag"] = false, ["seats"] = 12.5, ["missing"] = null },
            JsonNode.Parse(Input),
            null);
        yield return new(
            new JsonObject { ["input"] = "hidden", ["variables"] = 7, ["correlationId"] = "hidden", ["Math"] = new JsonObject { ["PI"] = 3 }, ["globalThis"] = 1, ["NaN"] = 2, ["undefined"] = 3, ["screening"] = 0, ["flag"] = "" },
            JsonValue.Create("plain input"),
            "named");
        yield return new(
            new JsonObject { ["screening"] = new JsonArray(1, 2), ["flag"] = new JsonObject(), ["seats"] = JsonValue.Create(12L), ["approval"] = JsonValue.Create(Guid.Empty) },
            null,
            "c");
        // An instance's state is read with the web defaults: its objects match member names regardless of case.
        yield return new(
            JsonSerializer.Deserialize<JsonObject>("""{ "screening": "accepted", "flag": true, "approval": { "by": "Claire" }, "seats": 12, "occurrenceSessionId": "s-2" }""", JsonSerializerOptions.Web)!,
            JsonSerializer.Deserialize<JsonNode>(Input.Replace(@", ""Case"": ""upper""", string.Empty, StringComparison.Ordinal), JsonSerializerOptions.Web),
            "web");
        var deep = new JsonObject { ["leaf"] = 1 };
        for (var i = 0; i < 70; i++)
        {
            deep = new JsonObject { ["d"] = deep };
        }

        yield return new(new JsonObject { ["screening"] = deep, ["flag"] = 1 }, deep.DeepClone(), "deep");
    }

    private static string Generate(Random random, int depth)
    {
        string[] names = ["input", "variables", "screening", "flag", "seats", "approval", "correlationId", "missing", "occurrenceSessionId", "Math"];
        string[] members = [".cohort", ".seats", ".contacts", "[0]", "[1]", ".name", ".numbers", "[2]", ".keyed", ".b", "['1']", ".nothing", ".by", ".PI", ".d", ".length", ".emoji", ".empty"];
        string[] literals = ["'accepted'", "'rejected'", "12", "12.5", "0", "true", "false", "null", "''", "'s-1'"];
        var pick = depth > 3 ? random.Next(3) : random.Next(9);
        return pick switch
        {
            0 => names[random.Next(names.Length)],
            1 => literals[random.Next(literals.Length)],
            2 => names[random.Next(names.Length)] + string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => members[random.Next(members.Length)])),
            3 => $"{Generate(random, depth + 1)} {(random.Next(4) switch { 0 => "===", 1 => "!==", 2 => "==", _ => "!=" })} {Generate(random, depth + 1)}",
            4 => $"{Generate(random, depth + 1)} {(random.Next(2) == 0 ? "&&" : "||")} {Generate(random, depth + 1)}",
            5 => $"!{Generate(random, depth + 1)}",
            6 => $"({Generate(random, depth + 1)} ? {Generate(random, depth + 1)} : {Generate(random, depth + 1)})",
            7 => $"({{ a: {Generate(random, depth + 1)}, b: {Generate(random, depth + 1)} }})",
            _ => $"[{Generate(random, depth + 1)}, {Generate(random, depth + 1)}]",
        };
    }
}
