using System.Text.Json.Nodes;
using Cohorts.Engine.Expressions;

namespace Cohorts.Engine.Tests.Expressions;

/// <summary>
/// What an expression sees of its scope: globals are converted only when read (LazyGlobals) and directly from the JSON
/// nodes (JintValues), and must look exactly as when every value went through JSON text into a fresh engine.
/// </summary>
public sealed class JintExpressionEvaluatorTests
{
    private const string Document = """
        {
          "text": "Atelier Numérique \u00e9 \"quoted\" \ud83d\ude00",
          "numbers": [0, -0, 0.1, 1e21, 1.7976931348623157e308, 5e-324, 9007199254740993, -12.5e-3],
          "nested": { "empty": {}, "list": [[], [null, true, false]], "deep": { "a": { "b": { "c": "d" } } } },
          "2": "integer-like key after", "1": "integer-like key", "__proto__": "own property"
        }
        """;

    private readonly JintExpressionEvaluator _evaluator = new();

    [Fact]
    public void Evaluate_InputOfEveryJsonKind_IsWhatJsonParseOfItsTextGives()
    {
        var input = JsonNode.Parse(Document);
        var scope = new ExpressionScope(new JsonObject { ["text"] = Document }, input, "acme");

        var direct = _evaluator.Evaluate("JSON.stringify([input, Object.keys(input), Object.getPrototypeOf(input) === Object.prototype, Array.isArray(input.numbers), 1 / input.numbers[1]])", scope);
        var parsed = _evaluator.Evaluate("const parsed = JSON.parse(text); JSON.stringify([parsed, Object.keys(parsed), Object.getPrototypeOf(parsed) === Object.prototype, Array.isArray(parsed.numbers), 1 / parsed.numbers[1]])", scope);

        Assert.Equal(ExpressionValues.ToText(parsed), ExpressionValues.ToText(direct));
    }

    [Fact]
    public void Evaluate_ValuesHoldingClrTypes_AreConvertedAsTheirJsonText()
    {
        var guid = Guid.Parse("0b5c3d0e-8a4f-4c71-9f2e-5d9a7f0c1b23");
        var variables = new JsonObject
        {
            ["count"] = JsonValue.Create(42L),
            ["small"] = JsonValue.Create(7),
            ["ratio"] = JsonValue.Create(0.25),
            ["price"] = JsonValue.Create(19.99m),
            ["id"] = JsonValue.Create(guid),
            ["name"] = JsonValue.Create("Ana"),
            ["huge"] = JsonNode.Parse("1e400"),
        };
        var scope = new ExpressionScope(variables, null, null);

        var result = _evaluator.Evaluate("[count + 1, small * 2, ratio, price, id, name, huge, typeof huge]", scope);

        Assert.Equal($$"""[43,14,0.25,19.99,"{{guid}}","Ana",null,"number"]""", result!.ToJsonString());
    }

    [Fact]
    public void Evaluate_VariableAndVariablesObject_AreOneObject()
    {
        var scope = new ExpressionScope(new JsonObject { ["coach"] = new JsonObject { ["name"] = "Ana" } }, null, null);

        var result = _evaluator.Evaluate("const same = coach === variables.coach; coach.name = 'Louis'; [same, variables.coach.name]", scope);

        Assert.Equal("""[true,"Louis"]""", result!.ToJsonString());
    }

    [Fact]
    public void Evaluate_AssignmentToAVariableGlobal_ReplacesTheGlobalOnly()
    {
        var scope = new ExpressionScope(new JsonObject { ["count"] = 1 }, null, null);

        var result = _evaluator.Evaluate("count = count + 1; count += 1; [count, variables.count, delete globalThis.count, typeof count]", scope);

        Assert.Equal("""[3,1,true,"undefined"]""", result!.ToJsonString());
        Assert.Equal(1, scope.Variables["count"]!.GetValue<int>()); // the instance's variables are never written by a script
    }

    [Fact]
    public void Evaluate_VariableGlobals_AreWritableEnumerableConfigurableDataProperties()
    {
        var scope = new ExpressionScope(new JsonObject { ["count"] = 1, ["coach"] = new JsonObject { ["name"] = "Ana" } }, JsonValue.Create(2), null);

        var result = _evaluator.Evaluate(
            "const d = Object.getOwnPropertyDescriptor(globalThis, 'coach'); " +
            "[d.writable, d.enumerable, d.configurable, 'get' in d, d.value === coach, d.value.name, Object.keys(globalThis).includes('input'), input]",
            scope);

        Assert.Equal("""[true,true,true,false,true,"Ana",true,2]""", result!.ToJsonString());
    }

    [Fact]
    public void Evaluate_VariablesNamedLikeBuiltInsThatCannotBeRedefined_LeaveTheBuiltIns()
    {
        var scope = new ExpressionScope(new JsonObject { ["NaN"] = 1, ["undefined"] = 2, ["Math"] = 3 }, null, null);

        var result = _evaluator.Evaluate("[Number.isNaN(NaN), typeof undefined, Math, variables.NaN, variables.undefined]", scope);

        Assert.Equal("""[true,"undefined",3,1,2]""", result!.ToJsonString());
    }

    [Fact]
    public void Evaluate_VariablesNamedLikeTheBuiltInGlobals_KeepTheirPrecedence()
    {
        var variables = new JsonObject { ["input"] = "variable", ["correlationId"] = "variable", ["variables"] = "variable", ["other"] = 1 };
        var scope = new ExpressionScope(variables, new JsonObject { ["seats"] = 2 }, "acme");

        var result = _evaluator.Evaluate("[input.seats, correlationId, variables, other]", scope);

        Assert.Equal("""[2,"acme","variable",1]""", result!.ToJsonString());
    }

    [Fact]
    public void Evaluate_GlobalsReadThroughGlobalThis_AreThereToo()
    {
        var scope = new ExpressionScope(new JsonObject { ["coach"] = "Ana" }, new JsonObject { ["seats"] = 2 }, "acme");

        var result = _evaluator.Evaluate("['co' + 'ach', 'in' + 'put'].map(name => JSON.stringify(globalThis[name])).join(' ')", scope);

        Assert.Equal("\"Ana\" {\"seats\":2}", ExpressionValues.ToText(result));
    }

    [Fact]
    public void Evaluate_SameExpressionForAnotherScope_SeesNothingOfTheFirst()
    {
        const string expression = "typeof secret === 'undefined' && typeof leaked === 'undefined' && Array.prototype.sum === undefined ? input.seats : 'leak'";
        var first = new ExpressionScope(new JsonObject { ["secret"] = "s3cr3t" }, new JsonObject { ["seats"] = 1 }, "first");
        _evaluator.Evaluate("globalThis.leaked = secret; Array.prototype.sum = function () { return 0; }; var declared = 1; 0", first);

        var second = _evaluator.Evaluate(expression, new ExpressionScope([], new JsonObject { ["seats"] = 2 }, "second"));
        var third = _evaluator.Evaluate(expression, new ExpressionScope([], new JsonObject { ["seats"] = 3 }, "third"));

        Assert.Equal(2, second!.GetValue<long>());
        Assert.Equal(3, third!.GetValue<long>());
    }

    [Fact]
    public void Evaluate_RepeatedOnOneEvaluator_GivesTheSameResultsAsAFreshEvaluator()
    {
        const string expression = "({ company: correlationId, cohort: input.cohort, coach: input.contacts[0].name, approvedBy: approval && approval.by })";
        var input = JsonNode.Parse("""{ "cohort": "spring", "contacts": [{ "name": "Ana" }] }""");
        var scopes = Enumerable.Range(0, 20)
            .Select(i => new ExpressionScope(
                new JsonObject { ["approval"] = i % 2 == 0 ? null : new JsonObject { ["by"] = $"coach-{i}" } },
                input,
                $"company-{i}"))
            .ToList();

        var reused = scopes.Select(scope => _evaluator.Evaluate(expression, scope)!.ToJsonString()).ToList();
        var fresh = scopes.Select(scope => new JintExpressionEvaluator().Evaluate(expression, scope)!.ToJsonString()).ToList();

        Assert.Equal(fresh, reused);
        Assert.Equal("""{"company":"company-1","cohort":"spring","coach":"Ana","approvedBy":"coach-1"}""", reused[1]);
    }
}
