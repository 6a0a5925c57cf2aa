using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace Cohorts.Engine.Expressions;

/// <summary>JavaScript expressions (as in Elsa), run by Jint in a sandbox with a statement and time limit.</summary>
public sealed class JintExpressionEvaluator : IExpressionEvaluator
{
    private readonly ConcurrentDictionary<string, Prepared<Acornima.Ast.Script>> _prepared = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public JsonNode? Evaluate(string expression, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(scope);
        var script = Prepare(expression);
        var engine = new Jint.Engine(options => options
            .LimitRecursion(64)
            .MaxStatements(10_000)
            .TimeoutInterval(TimeSpan.FromSeconds(2))
            .Strict());
        try
        {
            LazyGlobals.Define(engine, scope);
            var result = engine.Evaluate(script);
            return ToNode(engine, result);
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionException(expression, ex.Message, ex);
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

    private Prepared<Acornima.Ast.Script> Prepare(string expression)
    {
        if (_prepared.TryGetValue(expression, out var prepared))
        {
            return prepared;
        }

        try
        {
            prepared = Jint.Engine.PrepareScript(expression, options: new ScriptPreparationOptions { ParsingOptions = new ScriptParsingOptions { Tolerant = false } });
        }
        catch (Exception ex) when (ex is Acornima.ParseErrorException or JintException)
        {
            throw new ExpressionException(expression, ex.Message, ex);
        }

        return _prepared.GetOrAdd(expression, prepared);
    }
}
