using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Cohorts.Engine.Expressions;

/// <summary>
/// Guards the built-ins that make a long string in one call (<c>repeat</c>, <c>padStart</c>, <c>padEnd</c>): Jint checks
/// its memory limit between statements, so <c>'x'.repeat(2**26)</c> would allocate its 128 MB before any check. The
/// guard refuses, before anything is allocated, a string longer than <see cref="MaxLength"/> (as the memory limit does:
/// the script cannot catch it);
/// other arguments (an object whose <c>valueOf</c> gives the count) go to the built-in as they are, and the
/// evaluator's allocation check after the script still bounds them.
/// </summary>
internal static class BoundedStrings
{
    /// <summary>The longest string one of these calls may build: the memory limit, at two bytes a character.</summary>
    public const long MaxLength = ExpressionLimits.MaxMemoryBytes / 2;

    /// <summary>Replaces the guarded built-ins on <paramref name="engine"/>'s <c>String.prototype</c>.</summary>
    public static void Install(Jint.Engine engine)
    {
        var prototype = engine.Global.Get("String").AsObject().Get("prototype").AsObject();
        Guard(engine, prototype, "repeat", (text, count) => text.Length * Math.Max(0, count));
        Guard(engine, prototype, "padStart", (_, length) => length);
        Guard(engine, prototype, "padEnd", (_, length) => length);
    }

    /// <summary>
    /// Replaces a built-in <c>f(n, ...)</c> whose result's length follows from its string and its first argument. The
    /// guard converts both itself, once (the order the specification gives: the string, then the number), and hands the
    /// built-in the converted values, so a <c>valueOf</c> runs once and cannot give the guard one number and the
    /// built-in another.
    /// </summary>
    private static void Guard(Jint.Engine engine, ObjectInstance prototype, string name, Func<string, double, double> resultLength)
    {
        var original = prototype.Get(name);
        var guarded = new ClrFunction(engine, name, (thisObject, arguments) =>
        {
            if (thisObject.IsNull() || thisObject.IsUndefined())
            {
                return engine.Call(original, thisObject, arguments); // the built-in's TypeError
            }

            var text = thisObject as JsString ?? JsString.Create(TypeConverter.ToString(thisObject));
            var number = TypeConverter.ToNumber(arguments.At(0));
            var length = resultLength(text.ToString(), double.IsNaN(number) ? 0 : number);
            if (length > MaxLength)
            {
                throw new MemoryLimitExceededException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name} would build a string of {length:N0} characters, more than the {MaxLength:N0} an expression may"));
            }

            var converted = new JsValue[Math.Max(1, arguments.Length)];
            for (var i = 1; i < arguments.Length; i++)
            {
                converted[i] = arguments[i]; // arguments may be a covariant array: no span copy
            }

            converted[0] = JsNumber.Create(number);
            return engine.Call(original, text, converted);
        }, length: 1, lengthFlags: PropertyFlag.Configurable);
        prototype.DefineOwnProperty(name, new PropertyDescriptor(guarded, writable: true, enumerable: false, configurable: true));
    }
}
