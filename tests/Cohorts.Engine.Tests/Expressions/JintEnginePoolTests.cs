using System.Text.Json.Nodes;
using Cohorts.Engine.Expressions;
using Jint;

namespace Cohorts.Engine.Tests.Expressions;

/// <summary>
/// Pure expressions (reads only) run on kept engines (the direct evaluation turned off, so that Jint runs them all): they
/// must give exactly what a new engine gives, and nothing of one evaluation's scope may be seen by the next, whichever
/// names its variables had.
/// </summary>
public sealed class JintEnginePoolTests
{
    private static readonly string[] PureExpressions =
    [
        "({ company: correlationId, cohort: input.cohort, seats: input.seats, coach: input.contacts[0].name })",
        "approval.by",
        "variables.count > 2 && input?.missing?.deep === undefined ? `n=${count}` : null",
        "[typeof Math, typeof input, Math.PI, count, -count, !flag, 'a' + count, { ['k' + count]: [1, 2, , 3] }]",
        "(count, variables.flag)",
    ];

    private static readonly string[] ImpureExpressions =
    [
        "Math.max(1, count)",
        "globalThis.leak = 1",
        "count++",
        "delete variables.count",
        "new Date(0).getTime()",
        "(() => 1)",
        "String.raw`x`",
        "({ get x() { return 1; } })",
        "({ m() { return 1; } })",
        "Object.prototype.polluted = true",
    ];

    private static readonly ScriptPreparationOptions Options =
        new() { ParsingOptions = new ScriptParsingOptions { Tolerant = false } };

    [Fact]
    public void IsPure_ReadOnlyExpressions_AreAndAnythingThatCallsOrWritesIsNot()
    {
        Assert.All(PureExpressions, e => Assert.True(PureScripts.IsPure(Jint.Engine.PrepareScript(e, options: Options).Program!), e));
        Assert.All(ImpureExpressions, e => Assert.False(PureScripts.IsPure(Jint.Engine.PrepareScript(e, options: Options).Program!), e));
    }

    [Fact]
    public void Evaluate_PureExpressionsManyTimesOverChangingScopes_GiveWhatANewEvaluatorGives()
    {
        var kept = new JintExpressionEvaluator(direct: false);
        for (var round = 0; round < 20; round++)
        {
            foreach (var expression in PureExpressions)
            {
                var scope = Scope(round);
                var expected = new JintExpressionEvaluator(direct: false).Evaluate(expression, Scope(round));

                Assert.Equal(expected?.ToJsonString(), kept.Evaluate(expression, scope)?.ToJsonString());
            }
        }
    }

    [Fact]
    public void Evaluate_AfterAScopeWhoseVariablesHidBuiltInsAndDefinedGlobals_TheNextScopeSeesNoneOfThem()
    {
        var evaluator = new JintExpressionEvaluator(direct: false);
        var hiding = new ExpressionScope(new JsonObject { ["Math"] = new JsonObject { ["PI"] = 3 }, ["secret"] = "s", ["variables"] = 1 }, JsonValue.Create("in"), "first");
        Assert.Equal("[3,\"s\",1,\"in\"]", evaluator.Evaluate("[Math.PI, secret, variables, input]", hiding)!.ToJsonString());
        Assert.Equal(1, evaluator.Engines.IdleCount);

        var plain = new ExpressionScope([], null, null);

        Assert.Equal(
            """[3.141592653589793,"undefined","object",null,null,"[]"]""",
            evaluator.Evaluate("[Math.PI, typeof secret, typeof variables, input, correlationId, `[${Object.keys(variables)}]`]", plain)!.ToJsonString());
        Assert.Equal(1, evaluator.Engines.IdleCount);
        Assert.Equal(Math.PI, evaluator.Evaluate("Math.max(Math.PI, 1)", plain)!.GetValue<double>());
    }

    [Fact]
    public void Evaluate_AfterAPureExpressionFailed_TheNextOneStillGivesItsValue()
    {
        var evaluator = new JintExpressionEvaluator(direct: false);
        var scope = new ExpressionScope(new JsonObject { ["a"] = new JsonObject { ["b"] = 2 } }, null, null);

        Assert.Throws<ExpressionException>(() => evaluator.Evaluate("a.missing.b", scope));
        Assert.Throws<ExpressionException>(() => evaluator.Evaluate("notDefined", scope));
        Assert.Equal(0, evaluator.Engines.IdleCount);

        Assert.Equal(2, evaluator.Evaluate("a.b", scope)!.GetValue<long>());
        Assert.Equal("undefined", evaluator.Evaluate("typeof a", new ExpressionScope([], null, null))!.GetValue<string>());
    }

    [Fact]
    public async Task Evaluate_PureExpressionsOnManyThreads_EachSeesItsOwnScope()
    {
        var evaluator = new JintExpressionEvaluator(direct: false);

        await Task.WhenAll(Enumerable.Range(0, 400).Select(n => Task.Run(() =>
        {
            var scope = new ExpressionScope(new JsonObject { ["n"] = n }, new JsonObject { ["n"] = n }, $"c-{n}");
            Assert.Equal($"[{n},{n},\"c-{n}\"]", evaluator.Evaluate("[n, input.n, correlationId]", scope)!.ToJsonString());
        })));
    }

    private static ExpressionScope Scope(int round) =>
        new(
            new JsonObject { ["count"] = round, ["flag"] = round % 2 == 0, ["approval"] = new JsonObject { ["by"] = $"coach-{round}" } },
            JsonNode.Parse($$"""{ "cohort": "c{{round}}", "seats": {{round}}, "contacts": [{ "name": "n{{round}}" }] }"""),
            round % 3 == 0 ? null : $"corr-{round}");
}
