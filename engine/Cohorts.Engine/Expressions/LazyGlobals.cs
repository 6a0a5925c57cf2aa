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
/// identity (<c>variables.x === x</c>, both built once), writable, enumerable and deletable data properties
/// (<see cref="LazyValueDescriptor"/>: Jint's custom-value descriptor, made once per global instead of a getter and a
/// setter function each). Only the moment of conversion differs.
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
    /// <returns>The names of the globals defined (a kept engine's reset removes them).</returns>
    public static IReadOnlyList<string> Define(Jint.Engine engine, ExpressionScope scope)
    {
        var globals = new LazyGlobals(engine, scope.Variables);
        var defined = new List<string>(scope.Variables.Count + 3) { "variables" };
        globals.DefineLazy("variables", globals.VariablesObject);
        foreach (var (name, _) in scope.Variables)
        {
            globals.DefineLazy(name, () => globals.Variable(name));
            defined.Add(name);
        }

        globals.DefineLazy("input", () => JintValues.FromNode(engine, scope.Input));
        engine.SetValue("correlationId", scope.CorrelationId is null ? JsValue.Null : new JsString(scope.CorrelationId));
        defined.Add("input");
        defined.Add("correlationId");
        return defined;
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

    /// <summary>
    /// Defines a global whose value is made on first read. Where <c>DefineOwnProperty</c> would refuse (a built-in that
    /// cannot be redefined: <c>undefined</c>, <c>NaN</c>, <c>Infinity</c>), nothing is defined, as before. Not through
    /// <c>DefineOwnProperty</c> itself: it reads the value to store a copy, which would convert every global up front.
    /// </summary>
    private void DefineLazy(string name, Func<JsValue> read)
    {
        var global = _engine.Global;
        var current = global.GetOwnProperty(name);
        if (current == PropertyDescriptor.Undefined || current.Configurable)
        {
            global.FastSetProperty(name, new LazyValueDescriptor(read));
        }
    }
}
