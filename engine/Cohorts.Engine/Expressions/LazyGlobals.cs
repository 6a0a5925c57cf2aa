using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Cohorts.Engine.Expressions;

/// <summary>
/// The globals an expression sees (<c>variables</c>, one global per variable, <c>input</c>), each converted to a Jint
/// value only when the script first reads it: most expressions read one or two of them, and converting an instance's
/// whole input and variables was most of an evaluation's cost.
/// </summary>
/// <remarks>
/// What a script observes is what it observed when every global was converted up front: the same values, the same
/// identity (<c>variables.x === x</c>, both built once), writable (an assignment replaces the global with a plain data
/// property, as assigning to the data property did) and deletable. Only
/// <c>Object.getOwnPropertyDescriptor(globalThis, name)</c> tells them apart: an accessor until assigned.
/// </remarks>
internal sealed class LazyGlobals
{
    private readonly Jint.Engine _engine;
    private readonly JsonObject _variables;
    private readonly Dictionary<string, JsValue> _converted = new(StringComparer.Ordinal);
    private JsValue? _variablesObject;

    private LazyGlobals(Jint.Engine engine, JsonObject variables)
    {
        _engine = engine;
        _variables = variables;
    }

    /// <summary>
    /// Defines the scope's globals on the engine, in the order (and with the precedence) they always had: <c>variables</c>,
    /// then each variable (a variable named <c>variables</c> hides the object), then <c>input</c> and <c>correlationId</c>.
    /// </summary>
    public static void Define(Jint.Engine engine, ExpressionScope scope)
    {
        var globals = new LazyGlobals(engine, scope.Variables);
        globals.DefineLazy("variables", globals.VariablesObject);
        foreach (var (name, _) in scope.Variables)
        {
            globals.DefineLazy(name, () => globals.Variable(name));
        }

        var input = scope.Input;
        globals.DefineLazy("input", () => JintValues.FromNode(engine, input));
        engine.SetValue("correlationId", scope.CorrelationId is null ? JsValue.Null : new JsString(scope.CorrelationId));
    }

    private JsValue Variable(string name)
    {
        if (!_converted.TryGetValue(name, out var value))
        {
            value = JintValues.FromNode(_engine, _variables[name]);
            _converted[name] = value;
        }

        return value;
    }

    private JsValue VariablesObject()
    {
        if (_variablesObject is null)
        {
            var result = _engine.Intrinsics.Object.Construct(Arguments.Empty);
            foreach (var (name, _) in _variables)
            {
                result.CreateDataProperty(name, Variable(name));
            }

            _variablesObject = result;
        }

        return _variablesObject;
    }

    private void DefineLazy(string name, Func<JsValue> read)
    {
        JsValue? value = null;
        var global = _engine.Global;
        var getter = new ClrFunction(_engine, name, (_, _) => value ??= read());
        var setter = new ClrFunction(_engine, name, (_, arguments) =>
        {
            global.DefineOwnProperty(name, new PropertyDescriptor(arguments.At(0), writable: true, enumerable: true, configurable: true));
            return JsValue.Undefined;
        });
        global.DefineOwnProperty(name, new GetSetPropertyDescriptor(getter, setter, enumerable: true, configurable: true));
    }
}
