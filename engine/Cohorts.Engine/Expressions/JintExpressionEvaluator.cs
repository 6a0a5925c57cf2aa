using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Cohorts.Engine.Expressions.Direct;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace Cohorts.Engine.Expressions;

/// <summary>
/// JavaScript expressions (as in Elsa), run by Jint in a sandbox (<see cref="ExpressionLimits"/>). The plain reads most
/// expressions are (<c>input.cohortStart</c>, <c>screening === 'accepted'</c>) are evaluated on the JSON values directly
/// (<see cref="DirectExpression"/>), with the result Jint would give.
/// </summary>
public sealed class JintExpressionEvaluator : IExpressionEvaluator
{
    private readonly ConcurrentDictionary<string, PreparedExpression> _prepared = new(StringComparer.Ordinal);
    private readonly JintEnginePool _engines = new();
    private readonly bool _direct;

    /// <summary>Initializes a new instance of the <see cref="JintExpressionEvaluator"/> class.</summary>
    public JintExpressionEvaluator()
        : this(direct: true)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="JintExpressionEvaluator"/> class; tests compare it without direct evaluation.</summary>
    /// <param name="direct">Whether plain reads are evaluated without Jint.</param>
    internal JintExpressionEvaluator(bool direct) => _direct = direct;

    /// <summary>Gets the engines kept for pure expressions.</summary>
    internal JintEnginePool Engines => _engines;

    /// <inheritdoc />
    public JsonNode? Evaluate(string expression, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(scope);
        var prepared = Prepare(expression);
        if (prepared.Direct is { } direct && TryDirect(direct, scope, out var directResult))
        {
            return directResult;
        }

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

    // Whatever the direct evaluation did not expect (an object whose members cannot be listed, a string the JSON writer
    // refuses) is Jint's to evaluate, and to refuse as it always did.
    private static bool TryDirect(DirectExpression direct, ExpressionScope scope, out JsonNode? result)
    {
        try
        {
            return direct.TryEvaluate(scope, out result);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            result = null;
            return false;
        }
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
            return JsonScalars.ToNode(value.AsNumber());
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
            var isPure = script.Program is { } program && PureScripts.IsPure(program);
            prepared = new PreparedExpression(script, isPure, isPure && _direct ? DirectExpressionCompiler.TryCompile(script.Program!) : null);
        }
        catch (Exception ex) when (ex is Acornima.ParseErrorException or JintException)
        {
            throw new ExpressionException(expression, ex.Message, ex);
        }

        return _prepared.GetOrAdd(expression, prepared);
    }
}
