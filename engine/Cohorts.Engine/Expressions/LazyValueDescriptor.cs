using Jint.Native;
using Jint.Runtime.Descriptors;

namespace Cohorts.Engine.Expressions;

/// <summary>
/// A writable, enumerable, configurable data property whose value is made on first read (Jint's custom-value
/// descriptor, as its own interop uses): a global of <see cref="LazyGlobals"/>. An assignment replaces the value; a
/// read of a value never made converts it then.
/// </summary>
internal sealed class LazyValueDescriptor(Func<JsValue> read)
    : PropertyDescriptor(
        PropertyFlag.CustomJsValue
        | PropertyFlag.Writable | PropertyFlag.WritableSet
        | PropertyFlag.Enumerable | PropertyFlag.EnumerableSet
        | PropertyFlag.Configurable | PropertyFlag.ConfigurableSet)
{
    private JsValue? _value;

    protected override JsValue? CustomValue
    {
        get => _value ??= read();
        set => _value = value;
    }
}
