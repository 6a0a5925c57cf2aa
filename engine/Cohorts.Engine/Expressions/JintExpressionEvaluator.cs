using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace Cohorts.Engine.Expressions;

/// <summary>JavaScript expressions (as in Elsa), run by Jint in a sandbox (<see cref="ExpressionLimits"/>).</summary>
public sealed class JintExpressionEvaluator : IExpressionEvaluator
{
    private readonly ConcurrentDictionary<string, PreparedExpression> _prepared = new(StringComparer.Ordinal);
    private readonly JintEnginePool _engines = new();

    /// <summary>Gets the engines kept for pure expressions.</summary>
    internal JintEnginePool Engines => _engines;

    /// <inheritdoc />
    public JsonNode? Evaluate(string expression, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(scope);
        var prepared = Prepare(expression);

        // A pure expression (reads only, PureScripts) runs on a kept engine, reset after it; any other on a new one.
        var pooled = prepared.IsPure ? _engines.Rent() : null;
        var engine = pooled?.Engine ?? CreateEngine();
        try
        {
            var defined = LazyGlobals.Define(engine, scope);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var result = engine.Evaluate(prepared.Script);
            var node = ToNode(engine, result);

            // Jint checks its memory limit between statements: a single statement (one call building a huge string
            // or array, the result's conversion) is only measured here, after the fact, but still refused.
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            if (allocated > ExpressionLimits.MaxMemoryBytes)
            {
                throw new ExpressionException(expression, ExpressionLimitReasons.Memory(allocated));
            }

            if (pooled is not null)
            {
                // Only after success: a failed evaluation's engine is dropped, whatever state it was left in.
                _engines.Return(pooled, defined);
            }

            return node;
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionException(expression, ex.Message, ex);
        }
        catch (Exception ex) when (ExpressionLimitReasons.Describe(ex) is { } limit)
        {
            throw new ExpressionException(expression, limit, ex);
        }
        catch (Exception ex) when (ex is JintException or InvalidOperationException or ArgumentException)
        {
            throw new ExpressionException(expression, ex.Message, ex);
        }
    }

    /// <inheritdoc />
    public string? CheckSyntax(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        try
        {
            Prepare(expression);
            return null;
        }
        catch (ExpressionException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// A new engine in the sandbox every expression runs in: strict, with the recursion, statement, time, memory, array
    /// and regular expression limits of <see cref="ExpressionLimits"/>.
    /// </summary>
    internal static Jint.Engine CreateEngine()
    {
        var engine = new Jint.Engine(options =>
        {
            options
                .LimitRecursion(ExpressionLimits.MaxRecursion)
                .MaxStatements(ExpressionLimits.MaxStatements)
                .TimeoutInterval(ExpressionLimits.Timeout)
                .LimitMemory(ExpressionLimits.MaxMemoryBytes)
                .Strict();
            options.Constraints.MaxArraySize = ExpressionLimits.MaxArrayLength;
            options.Constraints.RegexTimeout = ExpressionLimits.RegexTimeout;
        });
        BoundedStrings.Install(engine);
        return engine;
    }

    private static JsonNode? ToNode(Jint.Engine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsNumber())
        {
            var number = value.AsNumber();
            return number == Math.Floor(number) && Math.Abs(number) < long.MaxValue
                ? JsonValue.Create((long)number)
                : JsonValue.Create(number);
        }

        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsUndefined() ? null : JsonNode.Parse(json.AsString());
    }

    private PreparedExpression Prepare(string expression)
    {
        if (_prepared.TryGetValue(expression, out var prepared))
        {
            return prepared;
        }

        try
        {
            var script = Jint.Engine.PrepareScript(expression, options: new ScriptPreparationOptions { ParsingOptions = new ScriptParsingOptions { Tolerant = false } });
            prepared = new PreparedExpression(script, script.Program is { } program && PureScripts.IsPure(program));
        }
        catch (Exception ex) when (ex is Acornima.ParseErrorException or JintException)
        {
            throw new ExpressionException(expression, ex.Message, ex);
        }

        return _prepared.GetOrAdd(expression, prepared);
    }
}
