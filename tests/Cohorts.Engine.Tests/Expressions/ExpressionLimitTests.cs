using System.Diagnostics;
using System.Text.Json.Nodes;
using Cohorts.Engine.Expressions;

namespace Cohorts.Engine.Tests.Expressions;

/// <summary>
/// The sandbox's limits (<see cref="ExpressionLimits"/>): a runaway script ends well within the time limit with a message
/// that names the limit, and a script at a limit still runs.
/// </summary>
public sealed class ExpressionLimitTests
{
    // The time limit plus room for a machine shared with other builds (the runaway scripts take milliseconds to a second).
    private static readonly TimeSpan Deadline = ExpressionLimits.Timeout + TimeSpan.FromSeconds(3);

    private readonly JintExpressionEvaluator _evaluator = new();

    [Theory]
    [InlineData("'x'.repeat(2**26).length", "repeat would build a string of 67,108,864 characters")]
    [InlineData("''.padEnd(2**26).length", "padEnd would build")]
    [InlineData("'x'.repeat({ valueOf: () => 2**26 }).length", "repeat would build")]
    [InlineData("String.prototype.padStart.call(42, 2**26).length", "padStart would build")]
    [InlineData("new Array(100000).fill('x'.repeat(200)).join('').length", "more memory")]
    [InlineData("new Array(2**24).fill(0).length", "more memory")]
    [InlineData("Array.from({ length: 2**24 }, () => 0).length", "more memory")]
    [InlineData("let s = 'x'; while (true) { s = s + s; } s.length", "more memory")]
    [InlineData("/(a+)+$/.test('a'.repeat(30) + 'b')", "regular expression ran longer than 1 s")]
    [InlineData("new RegExp('(a+)+$').test('a'.repeat(30) + 'b')", "regular expression ran longer than 1 s")]
    [InlineData("let n = 0; while (true) { n++; } n", "statements")]
    [InlineData("function f(n) { return f(n + 1); } f(0)", "recursed deeper than 64 calls")]
    public void Evaluate_RunawayScript_EndsQuicklyNamingTheLimit(string script, string reason)
    {
        _evaluator.Evaluate("[1, 2].map(n => n * 2).join()", Scope()); // not timed: compiling Jint's paths
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<ExpressionException>(() => _evaluator.Evaluate(script, Scope()));

        Assert.True(watch.Elapsed < Deadline, $"took {watch.Elapsed}");
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Expression '{script}' failed: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ArrayAtTheLengthLimit_Runs() =>
        Assert.Equal((long)ExpressionLimits.MaxArrayLength, _evaluator.Evaluate($"new Array({ExpressionLimits.MaxArrayLength}).fill(0).length", Scope())!.GetValue<long>());

    [Fact]
    public void Evaluate_ArrayOnePastTheLengthLimit_FailsNamingTheLimit()
    {
        var error = Assert.Throws<ExpressionException>(() => _evaluator.Evaluate($"new Array({ExpressionLimits.MaxArrayLength + 1}).fill(0).length", Scope()));

        Assert.Contains($"arrays of at most {ExpressionLimits.MaxArrayLength:N0} elements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StringWellWithinTheMemoryLimit_Runs()
    {
        // A quarter of the budget: 2 bytes a character.
        var length = ExpressionLimits.MaxMemoryBytes / 8;

        Assert.Equal(length, _evaluator.Evaluate($"'x'.repeat({length}).length", Scope())!.GetValue<long>());
    }

    [Fact]
    public void Evaluate_RepeatAtTheStringLimit_IsNotRefusedByTheGuard()
    {
        // The guard lets a string of exactly the limit through; the allocation (16 MB, plus the script's own) is then
        // over the memory limit, measured after the statement.
        var error = Assert.Throws<ExpressionException>(() => _evaluator.Evaluate($"'x'.repeat({BoundedStrings.MaxLength}).length", Scope()));

        Assert.Contains("it allocated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RepeatOnePastTheStringLimit_IsRefusedBeforeAllocating()
    {
        var error = Assert.Throws<ExpressionException>(() => _evaluator.Evaluate($"'x'.repeat({BoundedStrings.MaxLength + 1}).length", Scope()));

        Assert.Contains($"more than the {BoundedStrings.MaxLength:N0} an expression may", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PooledEngineAfterALimit_StillEvaluates()
    {
        // A pure expression that hit a limit drops its engine; the next evaluation is not charged for it.
        Assert.Throws<ExpressionException>(() => _evaluator.Evaluate("'x'.repeat(2**26).length", Scope()));

        Assert.Equal(3, _evaluator.Evaluate("'xyz'.length", Scope())!.GetValue<long>());
    }

    [Fact]
    public void Evaluate_LargestVariableConverted_StaysWithinTheMemoryLimit()
    {
        // A variable as large as a step allows (64 KB of JSON, in small objects) can be read by a script.
        var items = new JsonArray();
        for (var i = 0; i < 2_000; i++)
        {
            items.Add(new JsonObject { ["name"] = $"company {i:0000}", ["n"] = i });
        }

        var scope = new ExpressionScope(new JsonObject { ["companies"] = items }, null, null);

        Assert.Equal(2_000, _evaluator.Evaluate("companies.filter(c => c.n >= 0).length", scope)!.GetValue<long>());
    }

    private static ExpressionScope Scope() => new([], null, null);
}
